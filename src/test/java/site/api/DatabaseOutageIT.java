package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import site.api.store.Database;

/**
 * MariaDB killed and hung behind a proxy the test controls, under steady reads and writes: every request in
 * flight or arriving meanwhile is answered 2xx or 503 problem+json with Retry-After within the documented bound,
 * and once the database is back requests succeed within a second; liveness and readiness stay UP throughout.
 * Prints the figures for docs/RELIABILITY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {
    /** docs/OPERATIONS.md: the socket timeout, then a pool wait, and a second for a busy machine. */
    static final long BOUND_MILLIS = Database.SOCKET_TIMEOUT_MILLIS + Database.POOL_WAIT_MILLIS + 1000;

    static final long RECOVERY_MILLIS = 1000;
    private static final int CLIENTS = 8;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private TestDatabase database;
    private TcpProxy proxy;
    private ApiHarness api;
    private String token;
    private long postId;

    private record Answer(long start, long end, int status, String contentType, String retryAfter) {}

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.mariaDb();
        proxy = new TcpProxy(3306);
        api = new ApiHarness(database.reachedThrough(proxy.port()));
        token = api.userToken("alice");
        postId = api.client()
                .post("/api/posts", ApiHarness.json(Map.of("title", "t", "content", "c")), token)
                .json()
                .get("id")
                .asLong();
    }

    @AfterAll
    void stop() throws Exception {
        if (api != null) api.close();
        if (proxy != null) proxy.close();
        if (database != null) database.close();
    }

    @Test
    void aKilledDatabaseAnswers503WithinTheBoundAndRecovers() throws Exception {
        outage(TcpProxy.Mode.KILLED);
    }

    @Test
    void aHungDatabaseAnswers503WithinTheBoundAndRecovers() throws Exception {
        outage(TcpProxy.Mode.HUNG);
    }

    private void outage(TcpProxy.Mode mode) throws Exception {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> traffic(running, answers), "outage-client-" + c);
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
        for (int i = 0;
                i < 1000 && answers.stream().filter(a -> a.status() < 300).count() < 20;
                i++) Thread.sleep(10);
        long down = System.nanoTime();
        proxy.mode(mode);
        Thread.sleep(BOUND_MILLIS / 2);
        assertEquals(200, get("/actuator/health/liveness").status(), "liveness stays UP");
        assertEquals(
                200, get("/actuator/health/readiness").status(), "readiness stays UP: docs/OPERATIONS.md says why");
        assertEquals(503, get("/actuator/health").status(), "health reports the database DOWN");
        Thread.sleep(BOUND_MILLIS / 2 + 1000);
        long up = System.nanoTime();
        proxy.mode(TcpProxy.Mode.PASS);
        long recovered = recoveryMillis(up);
        running.set(false);
        for (Thread client : clients) client.join(BOUND_MILLIS + 5000);
        report(mode, answers, down, up, recovered);
    }

    /** Milliseconds from the database's return to the first successful list (bounded at 10 s). */
    private long recoveryMillis(long up) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            if (get("/api/posts?size=1").status() == 200) return (System.nanoTime() - up) / 1_000_000;
            Thread.sleep(10);
        }
        return Long.MAX_VALUE;
    }

    private void report(TcpProxy.Mode mode, ConcurrentLinkedQueue<Answer> answers, long down, long up, long recovered) {
        List<Answer> during =
                answers.stream().filter(a -> a.end() > down && a.start() < up).toList();
        List<Answer> bad = during.stream()
                .filter(a -> !(a.status() >= 200 && a.status() < 300 || isUnavailable(a)))
                .toList();
        long inFlight = during.stream().filter(a -> a.start() < down).count();
        long unavailable =
                during.stream().filter(DatabaseOutageIT::isUnavailable).count();
        long slowest = during.stream()
                        .mapToLong(a -> a.end() - Math.max(a.start(), down))
                        .max()
                        .orElse(0)
                / 1_000_000;
        System.out.printf(
                "database %s: %d requests during the outage (%d in flight when it began), %d answered 503,"
                        + " slowest answer %d ms after the outage began (bound %d ms); recovery %d ms%n",
                mode, during.size(), inFlight, unavailable, slowest, BOUND_MILLIS, recovered);
        assertEquals(List.of(), bad, "only 2xx or 503 problem+json with Retry-After");
        assertTrue(inFlight > 0 && unavailable > CLIENTS, "the outage met requests: " + during.size());
        assertTrue(slowest <= BOUND_MILLIS, "slowest " + slowest + " ms");
        assertTrue(recovered <= RECOVERY_MILLIS, "recovery " + recovered + " ms");
    }

    private static boolean isUnavailable(Answer a) {
        return a.status() == 503 && "application/problem+json".equals(a.contentType()) && "1".equals(a.retryAfter());
    }

    /** Writes, single reads (the batched view counter) and lists, until told to stop. */
    private void traffic(AtomicBoolean running, ConcurrentLinkedQueue<Answer> answers) {
        for (int i = 0; running.get() && i < 100_000; i++) {
            answers.add(
                    switch (i % 3) {
                        case 0 ->
                            send(request("/api/posts")
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            ApiHarness.json(Map.of("title", "w" + i, "content", "c")))));
                        case 1 -> get("/api/posts/" + postId);
                        default -> get("/api/posts?size=5");
                    });
        }
    }

    private Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + api.server().port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    private static Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    start,
                    System.nanoTime(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (Exception e) {
            return new Answer(start, System.nanoTime(), -1, e.toString(), null);
        }
    }
}
