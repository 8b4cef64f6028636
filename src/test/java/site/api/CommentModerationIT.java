package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.api.comments.CommentsConfig;
import site.api.http.LimitsConfig;

/** Pre-moderation holds comments until an admin approves them; the edit window closes. */
class CommentModerationIT {
    static final LimitsConfig LIMITS = new LimitsConfig(64 * 1024, 1000, 1000, List.of(), List.of());

    @Test
    void premoderatedCommentsAppearOnlyAfterApproval() {
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), LIMITS, new CommentsConfig(Duration.ofMinutes(5), true, ""))) {
            Client http = api.client();
            JsonNode created = http.post(
                            "/api/comments", json(Map.of("page", "/m/", "text", "wait", "author", "a")), null)
                    .json();
            assertEquals("pending", created.get("status").asText());
            assertEquals(
                    0,
                    http.get("/api/comments?path=/m/")
                            .json()
                            .get("totalElements")
                            .asLong());
            assertEquals(
                    0,
                    http.get("/api/comments/count?path=/m/").json().get("/m/").asLong());
            String admin = api.adminToken();
            JsonNode queue =
                    http.get("/api/admin/comments?status=pending", admin).json();
            assertEquals(created.get("id"), queue.at("/content/0/id"));
            Shapes.assertPageOf(Shapes.COMMENT, queue);
            long id = created.get("id").asLong();
            assertProblem(
                    http.put("/api/admin/comments/" + id + "/status", json(Map.of("status", "spam")), admin),
                    400,
                    "validation",
                    "status");
            Reply approved =
                    http.put("/api/admin/comments/" + id + "/status", json(Map.of("status", "approved")), admin);
            assertEquals("approved", approved.json().get("status").asText());
            Shapes.assertFields(Shapes.COMMENT, approved.json());
            assertEquals(
                    1,
                    http.get("/api/comments/count?path=/m/").json().get("/m/").asLong());
        }
    }

    @Test
    void authorsCannotChangeCommentsAfterTheWindow() throws InterruptedException {
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), LIMITS, new CommentsConfig(Duration.ofMillis(300), false, ""))) {
            Client http = api.client();
            String alice = api.userToken("alice");
            JsonNode created = http.post("/api/comments", json(Map.of("page", "/w/", "text", "quick")), alice)
                    .json();
            long id = created.get("id").asLong();
            awaitPast(Instant.parse(created.get("editableUntil").asText()));
            assertProblem(
                    http.put("/api/comments/" + id, json(Map.of("text", "too late")), alice),
                    403,
                    "edit-window-closed");
            assertProblem(http.delete("/api/comments/" + id, alice), 403, "edit-window-closed");
            assertEquals(
                    204, http.delete("/api/comments/" + id, api.adminToken()).status());
        }
    }

    /** Waits (bounded) until the clock has passed the given instant: the condition the server checks. */
    private static void awaitPast(Instant end) throws InterruptedException {
        assertTrue(Duration.between(Instant.now(), end).toSeconds() < 5, "window ends soon: " + end);
        while (!Instant.now().isAfter(end)) Thread.sleep(10);
    }
}
