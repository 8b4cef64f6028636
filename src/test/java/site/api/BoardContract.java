package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The board's contract with the Spring WAS, run against each database by a subclass. */
abstract class BoardContract extends ContractBase {
    @Test
    void createReturns201WithLocationAndTheStoredPost() {
        Reply reply = http.post(
                "/api/posts", json(Map.of("title", "첫 글 🎉", "content", "본문 <b>굵게</b>", "author", "앨리스")), alice);
        assertEquals(201, reply.status(), reply::toString);
        JsonNode post = reply.json();
        assertEquals("/api/posts/" + post.get("id").asLong(), reply.header("Location"));
        JsonNode read = http.get("/api/posts/" + post.get("id").asLong()).json();
        Shapes.assertFields(Shapes.POST, post);
        Shapes.assertFields(Shapes.POST, read);
        assertEquals("첫 글 🎉", read.get("title").asText());
        assertEquals("본문 <b>굵게</b>", read.get("content").asText());
        assertEquals("앨리스", read.get("author").asText());
        assertTrue(read.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"));
    }

    @Test
    void authorDefaultsToAnonymousInKorean() {
        assertEquals(
                "익명", create(alice, Map.of("title", "no author")).get("author").asText());
        assertEquals(
                "익명",
                create(alice, Map.of("title", "blank author", "author", " "))
                        .get("author")
                        .asText());
    }

    @Test
    void listIsASpringPageNewestFirst() {
        create(alice, Map.of("title", "older"));
        long newest = create(alice, Map.of("title", "newer")).get("id").asLong();
        JsonNode page = http.get("/api/posts?page=0&size=2").json();
        Shapes.assertPageOf(Shapes.POST, page);
        assertEquals(newest, page.get("content").get(0).get("id").asLong());
        assertEquals(2, page.get("size").asInt());
        assertEquals(2, page.get("numberOfElements").asInt());
        assertEquals(0, page.get("number").asInt());
        assertTrue(page.get("first").asBoolean());
        assertEquals(api.database().count("posts"), page.get("totalElements").asLong());
    }

    /** Page sizes chosen from the current total, so the rounding is tested whatever the other tests left behind. */
    @Test
    void totalPagesRoundUpWhateverTheTotal() {
        for (int i = 0; i < 3; i++) create(alice, Map.of("title", "filler " + i));
        long total = api.database().count("posts");
        assertTrue(total <= 101, "page sizes stop at 100; this class made " + total + " posts");
        JsonNode partial = http.get("/api/posts?page=1&size=" + (total - 1)).json();
        assertEquals(2, partial.get("totalPages").asInt(), "one post over a whole page");
        assertEquals(1, partial.get("numberOfElements").asInt());
        assertTrue(partial.get("last").asBoolean());
        JsonNode exact = http.get("/api/posts?size=" + total).json();
        assertEquals(1, exact.get("totalPages").asInt(), "exactly one page");
        assertTrue(exact.get("last").asBoolean());
    }

    @Test
    void theTotalFollowsCreatesAndDeletes() {
        long before = http.get("/api/posts").json().get("totalElements").asLong();
        assertEquals(api.database().count("posts"), before);
        long id = create(alice, Map.of("title", "counted")).get("id").asLong();
        assertEquals(
                before + 1, http.get("/api/posts").json().get("totalElements").asLong());
        assertEquals(204, http.delete("/api/posts/" + id, alice).status());
        assertEquals(before, http.get("/api/posts").json().get("totalElements").asLong());
        assertEquals(404, http.delete("/api/posts/" + id, alice).status());
        assertEquals(before, http.get("/api/posts").json().get("totalElements").asLong());
    }

    @Test
    void hugePageSizesAreCutTo100() {
        JsonNode page = http.get("/api/posts?size=100000").json();
        assertEquals(100, page.get("size").asInt());
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        create(alice, Map.of("title", "at least one"));
        JsonNode page = http.get("/api/posts?page=2000000000").json();
        assertEquals(0, page.get("content").size());
        assertTrue(page.get("last").asBoolean());
        assertEquals(api.database().count("posts"), page.get("totalElements").asLong());
    }

    @Test
    void readingAPostCountsAView() {
        long id = create(alice, Map.of("title", "counted")).get("id").asLong();
        assertEquals(1, http.get("/api/posts/" + id).json().get("viewCount").asLong());
        assertEquals(2, http.get("/api/posts/" + id).json().get("viewCount").asLong());
    }

    @Test
    void headOnAPostCountsNoViewAndAnswersItsETag() {
        long id = create(alice, Map.of("title", "peeked")).get("id").asLong();
        Reply head = http.send(http.request("/api/posts/" + id, null)
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals("\"0\"", head.header("ETag"));
        assertEquals(1, http.get("/api/posts/" + id).json().get("viewCount").asLong(), "HEAD counted no view");
    }

    @Test
    void viewCountIsExactUnder32ConcurrentClients() throws Exception {
        long id = create(alice, Map.of("title", "popular")).get("id").asLong();
        int clients = 32;
        int readsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Long> seen = new ArrayList<>();
                    for (int i = 0; i < readsEach; i++) {
                        Reply reply = http.get("/api/posts/" + id);
                        assertEquals(200, reply.status(), reply::toString);
                        seen.add(reply.json().get("viewCount").asLong());
                    }
                    return seen;
                }));
            }
            // Every reader saw the count its own view made, as if the views had run one at a time.
            java.util.SortedSet<Long> counts = new java.util.TreeSet<>();
            for (Future<List<Long>> result : results) counts.addAll(result.get(60, TimeUnit.SECONDS));
            assertEquals(clients * readsEach, counts.size(), "distinct counts");
            assertEquals(List.of(1L, (long) clients * readsEach), List.of(counts.first(), counts.last()));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(clients * readsEach, api.database().queryLong("SELECT view_count FROM posts WHERE id = " + id));
    }

    @Test
    void authorUpdatesOnlyTheGivenFields() {
        long id = create(alice, Map.of("title", "before", "content", "kept", "author", "A"))
                .get("id")
                .asLong();
        Reply reply = http.put("/api/posts/" + id, json(Map.of("title", "after")), alice);
        assertEquals(200, reply.status(), reply::toString);
        JsonNode post = reply.json();
        Shapes.assertFields(Shapes.POST, post);
        assertEquals("after", post.get("title").asText());
        assertEquals("kept", post.get("content").asText());
        assertEquals("A", post.get("author").asText());
    }

    @Test
    void anotherUserCannotUpdateOrDelete() {
        long id = create(alice, Map.of("title", "alice's")).get("id").asLong();
        assertProblem(http.put("/api/posts/" + id, json(Map.of("title", "bob was here")), bob), 403, "forbidden");
        assertProblem(http.delete("/api/posts/" + id, bob), 403, "forbidden");
        assertEquals(
                1, api.database().queryLong("SELECT COUNT(*) FROM posts WHERE id = " + id + " AND title = 'alice''s'"));
    }

    @Test
    void adminMayUpdateAndDeleteAnyPost() {
        long id = create(alice, Map.of("title", "moderated")).get("id").asLong();
        String admin = api.adminToken();
        assertEquals(
                200,
                http.put("/api/posts/" + id, json(Map.of("content", "edited by admin")), admin)
                        .status());
        assertEquals(204, http.delete("/api/posts/" + id, admin).status());
        assertProblem(http.get("/api/posts/" + id), 404, "not-found");
    }

    @Test
    void authorDeletesTheirPostWith204() {
        long id = create(alice, Map.of("title", "short-lived", "content", "deletable words"))
                .get("id")
                .asLong();
        Reply reply = http.delete("/api/posts/" + id, alice);
        assertEquals(204, reply.status());
        assertEquals("", reply.body());
        assertEquals(0, api.database().queryLong("SELECT COUNT(*) FROM post_grams WHERE post_id = " + id));
        assertProblem(http.delete("/api/posts/" + id, alice), 404, "not-found");
    }

    @Test
    void missingPostsAre404() {
        assertProblem(http.get("/api/posts/9223372036854775807"), 404, "not-found");
        assertProblem(http.put("/api/posts/9223372036854775807", json(Map.of("title", "x")), alice), 404, "not-found");
    }
}
