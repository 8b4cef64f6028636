package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the real jar under 32 writing clients, five times over one database: every post and comment
 * the server answered 201, and every view it answered, is there after the restart. Prints each round's figures
 * for docs/RELIABILITY.md.
 */
class CrashDurabilityIT {
    private static final int ROUNDS = 5;
    private static final int CLIENTS = 32;
    private static final long LOAD_MILLIS = 2_000;
    private static final Map<String, String> SETTINGS = Map.of(
            "SITE_JWT_SECRET",
            ApiHarness.SECRET,
            "SITE_WRITES_PER_MINUTE",
            "100000000",
            "SITE_AUTH_PER_MINUTE",
            "1000");

    @Test
    void killedH2LosesNoAcknowledgedWrite(@TempDir Path dir) throws Exception {
        crashRounds("H2", dir, SETTINGS);
    }

    @Test
    void killedOnMariaDbLosesNoAcknowledgedWrite(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.mariaDb()) {
            Map<String, String> env = new HashMap<>(SETTINGS);
            env.putAll(Map.of(
                    "SITE_DB_URL",
                    db.config().url(),
                    "SITE_DB_USER",
                    db.config().username(),
                    "SITE_DB_PASSWORD",
                    db.config().password()));
            crashRounds("MariaDB", dir, env);
        }
    }

    private static void crashRounds(String name, Path dir, Map<String, String> env) throws Exception {
        Path log = dir.resolve("server.log");
        Set<Long> posts = new HashSet<>();
        Map<String, Set<Long>> commentsByPage = new HashMap<>();
        String token = null;
        long viewed = 0;
        long views = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            try (ApiProcess server = ApiProcess.start(dir, env, log).awaitHealthy()) {
                Client client = new Client(server.base());
                assertFound(name, round - 1, client, posts, commentsByPage, viewed, views);
                if (token == null) {
                    token = token(client);
                    viewed = client.post(
                                    "/api/posts", ApiHarness.json(Map.of("title", "viewed", "content", "c")), token)
                            .json()
                            .get("id")
                            .asLong();
                    posts.add(viewed);
                }
                String page = "/crash/round-" + round + "/";
                WriteLoad load = new WriteLoad(CLIENTS, server.base(), token, page, viewed);
                for (int i = 0; i < 1000 && load.acknowledged() < CLIENTS; i++) Thread.sleep(10);
                Thread.sleep(LOAD_MILLIS);
                server.kill(); // SIGKILL while the clients still write
                load.stop();
                assertTrue(load.acknowledged() > CLIENTS, "the load got going: " + load.acknowledged());
                posts.addAll(load.posts);
                commentsByPage.put(page, Set.copyOf(load.comments));
                views += load.views.get();
            }
        }
        try (ApiProcess server = ApiProcess.start(dir, env, log).awaitHealthy()) {
            assertFound(name, ROUNDS, new Client(server.base()), posts, commentsByPage, viewed, views);
        }
    }

    /**
     * Every acknowledged post and comment so far is there, and the viewed post counts at least the views answered
     * (a view in flight at the kill may have been committed unanswered); prints the round's figures.
     */
    private static void assertFound(
            String name,
            int round,
            Client client,
            Set<Long> posts,
            Map<String, Set<Long>> commentsByPage,
            long viewed,
            long views) {
        if (round == 0) return;
        Map<Long, Long> viewCounts = new HashMap<>();
        Set<Long> storedPosts = postIds(client, viewCounts);
        Set<Long> lostPosts = new HashSet<>(posts);
        lostPosts.removeAll(storedPosts);
        int comments = 0;
        Set<Long> lostComments = new HashSet<>();
        for (Map.Entry<String, Set<Long>> page : commentsByPage.entrySet()) {
            comments += page.getValue().size();
            lostComments.addAll(page.getValue());
            lostComments.removeAll(commentIds(client, page.getKey()));
        }
        long counted = viewCounts.getOrDefault(viewed, 0L);
        System.out.printf(
                "kill -9 %s after round %d: posts acknowledged %d, found %d; comments acknowledged %d, found %d;"
                        + " views acknowledged %d, counted %d%n",
                name,
                round,
                posts.size(),
                posts.size() - lostPosts.size(),
                comments,
                comments - lostComments.size(),
                views,
                counted);
        assertEquals(Set.of(), lostPosts, "acknowledged posts lost");
        assertEquals(Set.of(), lostComments, "acknowledged comments lost");
        assertTrue(counted >= views, "views acknowledged " + views + ", counted " + counted);
    }

    /** The ids of all posts, listed (which counts no view); their view counts go to {@code viewCounts}. */
    private static Set<Long> postIds(Client client, Map<Long, Long> viewCounts) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; page < 1000; page++) {
            JsonNode list = client.get("/api/posts?size=100&page=" + page).json();
            for (JsonNode post : list.get("content")) {
                ids.add(post.get("id").asLong());
                viewCounts.put(post.get("id").asLong(), post.get("viewCount").asLong());
            }
            if (list.get("last").asBoolean()) return ids;
        }
        throw new AssertionError("more than 1000 pages of posts");
    }

    private static Set<Long> commentIds(Client client, String sitePage) {
        Set<Long> ids = new HashSet<>();
        for (int p = 0; p < 1000; p++) {
            JsonNode thread = client.get("/api/comments?size=100&path=" + sitePage + "&page=" + p)
                    .json();
            for (JsonNode comment : thread.get("content"))
                ids.add(comment.get("id").asLong());
            if (thread.get("last").asBoolean()) return ids;
        }
        throw new AssertionError("more than 1000 pages of comments");
    }

    private static String token(Client client) {
        String credentials = ApiHarness.json(Map.of("username", "writer", "password", "password-writer"));
        Reply signup = client.post("/api/auth/signup", credentials, null);
        assertEquals(201, signup.status(), signup::toString);
        Reply login = client.post("/api/auth/login", credentials, null);
        assertEquals(200, login.status(), login::toString);
        return login.json().get("token").asText();
    }
}
