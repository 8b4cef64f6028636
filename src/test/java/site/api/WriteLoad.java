package site.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import site.api.http.ApiJson;

/**
 * Clients that create posts and comments and view one post as fast as the server answers until stopped, bounded
 * in requests each; they remember every id the server acknowledged with 201 and count the views answered 200.
 */
final class WriteLoad {
    private static final int MAX_REQUESTS_PER_CLIENT = 5_000;
    final Set<Long> posts = ConcurrentHashMap.newKeySet();
    final Set<Long> comments = ConcurrentHashMap.newKeySet();
    final AtomicLong views = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();

    /** Starts {@code clients} threads writing to {@code base}: comments on site page {@code page}, views of post {@code viewed}. */
    WriteLoad(int clients, String base, String token, String page, long viewed) {
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> write(base, token, page, viewed, client), "write-load-" + c);
            thread.setDaemon(true);
            this.clients.add(thread);
            thread.start();
        }
    }

    int acknowledged() {
        return posts.size() + comments.size();
    }

    /** Stops the clients and waits (bounded) for the requests in flight to end. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) client.join(15_000);
    }

    private void write(String base, String token, String page, long viewed, int client) {
        for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && running.get(); i++) {
            String name = "c" + client + "-" + i;
            switch (i % 3) {
                case 0 ->
                    created(
                            base + "/api/posts",
                            Map.of("title", "crash " + name, "content", "body " + name),
                            token,
                            posts);
                case 1 ->
                    created(
                            base + "/api/comments",
                            Map.of("page", page, "text", "comment " + name, "author", "load"),
                            null,
                            comments);
                default -> {
                    if (ApiProcess.status(base + "/api/posts/" + viewed) == 200) views.incrementAndGet();
                }
            }
        }
    }

    private static void created(String url, Map<String, String> body, String token, Set<Long> ids) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiHarness.json(body)));
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = ApiProcess.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonNode created = ApiJson.mapper().readTree(response.body());
                ids.add(created.get("id").asLong());
            }
        } catch (IOException e) {
            // the server died under the request: not acknowledged, nothing to find
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
