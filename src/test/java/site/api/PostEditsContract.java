package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Partial updates are atomic, and If-Match makes edits and deletes conditional on the ETag a client read. */
abstract class PostEditsContract extends ContractBase {
    static final int ROUNDS = 500;
    static final long TIME_LIMIT_MS = 120_000;

    @Test
    void concurrentPartialUpdatesOfDifferentFieldsBothLand() throws Exception {
        long id = create(alice, Map.of("title", "t-start", "content", "c-start"))
                .get("id")
                .asLong();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> lost = new ArrayList<>();
        long began = System.nanoTime();
        int rounds = 0;
        try {
            for (; rounds < ROUNDS && elapsedMs(began) < TIME_LIMIT_MS; rounds++) {
                String title = "t" + rounds;
                String content = "c" + rounds;
                Future<Reply> titlePut =
                        pool.submit(() -> together(start, () -> put(id, Map.of("title", title), alice)));
                Future<Reply> contentPut =
                        pool.submit(() -> together(start, () -> put(id, Map.of("content", content), alice)));
                assertEquals(200, titlePut.get(20, TimeUnit.SECONDS).status());
                assertEquals(200, contentPut.get(20, TimeUnit.SECONDS).status());
                var post = http.get("/api/posts/" + id).json();
                if (!post.get("title").asText().equals(title)
                        || !post.get("content").asText().equals(content)) {
                    lost.add("round " + rounds + ": " + post.get("title") + " " + post.get("content"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "concurrent partial PUTs on %s: %d rounds, %d with a lost field, %d ms%n",
                getClass().getSimpleName(), rounds, lost.size(), elapsedMs(began));
        assertEquals(ROUNDS, rounds, "rounds finished within the time limit");
        assertEquals(List.of(), lost);
    }

    /** Sends {@code request} as soon as the round's other writer is ready too. */
    private static Reply together(CyclicBarrier start, Callable<Reply> request) throws Exception {
        start.await(20, TimeUnit.SECONDS);
        return request.call();
    }

    @Test
    void getPostAndPutAnswerAStrongETagThatMovesOnEditsOnly() {
        Reply created = http.post("/api/posts", json(Map.of("title", "tagged")), alice);
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        assertTrue(etag.matches("\"[0-9]+\""), etag);
        assertEquals(etag, http.get("/api/posts/" + id).header("ETag"));
        assertEquals(etag, http.get("/api/posts/" + id).header("ETag"), "a view is not an edit");
        Reply edited = put(id, Map.of("content", "more"), alice);
        assertNotEquals(etag, edited.header("ETag"));
        assertEquals(edited.header("ETag"), http.get("/api/posts/" + id).header("ETag"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        long id = create(alice, Map.of("title", "v1")).get("id").asLong();
        String first = http.get("/api/posts/" + id).header("ETag");
        assertEquals(200, conditionalPut(id, Map.of("title", "v2"), first).status());
        assertProblem(conditionalPut(id, Map.of("title", "v3"), first), 412, "precondition-failed");
        assertEquals("v2", http.get("/api/posts/" + id).json().get("title").asText());
        assertProblem(conditionalDelete(id, first), 412, "precondition-failed");
        assertEquals(200, http.get("/api/posts/" + id).status());
    }

    @Test
    void ifMatchFollowsRfc9110() {
        long id = create(alice, Map.of("title", "rfc")).get("id").asLong();
        assertEquals(200, conditionalPut(id, Map.of("title", "any"), "*").status());
        String current = http.get("/api/posts/" + id).header("ETag");
        assertProblem(conditionalPut(id, Map.of("title", "weak"), "W/" + current), 412, "precondition-failed");
        assertEquals(
                200,
                conditionalPut(id, Map.of("title", "listed"), "\"999999\", " + current)
                        .status());
        assertProblem(conditionalPut(id, Map.of("title", "x"), "not-a-tag"), 400, "bad-parameter", "If-Match");
        assertProblem(conditionalPut(987_654_321L, Map.of("title", "x"), "*"), 404, "not-found");
        assertProblem(conditionalPut(id, Map.of("title", "bob's"), "*", bob), 403, "forbidden");
        assertEquals("listed", http.get("/api/posts/" + id).json().get("title").asText());
    }

    @Test
    void matchingIfMatchDeletes() {
        long id = create(alice, Map.of("title", "to delete")).get("id").asLong();
        assertEquals(
                204,
                conditionalDelete(id, http.get("/api/posts/" + id).header("ETag"))
                        .status());
        assertEquals(404, http.get("/api/posts/" + id).status());
    }

    @Test
    void commentEditsCarryETagsAndHonourIfMatch() {
        Reply created = http.post("/api/comments", json(Map.of("page", "/posts/etag/", "text", "one")), alice);
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        Reply edited = commentRequest(id, etag, "PUT", json(Map.of("text", "two")));
        assertEquals(200, edited.status(), edited::toString);
        assertNotEquals(etag, edited.header("ETag"));
        assertProblem(commentRequest(id, etag, "PUT", json(Map.of("text", "three"))), 412, "precondition-failed");
        assertProblem(commentRequest(id, etag, "DELETE", ""), 412, "precondition-failed");
        Reply thread = http.get("/api/comments?path=/posts/etag/");
        assertEquals(
                "<p>two</p>", thread.json().path("content").path(0).path("html").asText(), thread::toString);
        assertEquals(
                204, commentRequest(id, edited.header("ETag"), "DELETE", "").status());
    }

    private Reply put(long id, Map<String, ?> fields, String token) {
        return http.put("/api/posts/" + id, json(fields), token);
    }

    private Reply conditionalPut(long id, Map<String, ?> fields, String ifMatch) {
        return conditionalPut(id, fields, ifMatch, alice);
    }

    private Reply conditionalPut(long id, Map<String, ?> fields, String ifMatch, String token) {
        return http.send(http.request("/api/posts/" + id, token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json(fields))));
    }

    private Reply conditionalDelete(long id, String ifMatch) {
        return http.send(http.request("/api/posts/" + id, alice)
                .header("If-Match", ifMatch)
                .DELETE());
    }

    private Reply commentRequest(long id, String ifMatch, String method, String body) {
        return http.send(http.request("/api/comments/" + id, alice)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long elapsedMs(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
