package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A time the API answers on create is the time it answers on every read: microseconds, kept by the database. */
abstract class TimestampsContract extends ContractBase {
    private static final int ROUNDS = 5;

    @Test
    void aPostReadsBackTheCreatedAtItWasCreatedWith() {
        List<Integer> nanos = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            JsonNode created = create(alice, Map.of("title", "time " + i, "content", "c"));
            String createdAt = created.get("createdAt").asText();
            long id = created.get("id").asLong();
            assertEquals(
                    createdAt,
                    http.get("/api/posts/" + id).json().get("createdAt").asText());
            assertEquals(
                    createdAt,
                    listed(http.get("/api/posts?size=50").json(), id)
                            .get("createdAt")
                            .asText());
            nanos.add(LocalDateTime.parse(createdAt).getNano());
        }
        assertMicroseconds(nanos);
    }

    @Test
    void aCommentReadsBackTheCreatedAtItWasCreatedWith() {
        List<Integer> nanos = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String page = "/posts/time-" + i + "/";
            Reply reply = http.post("/api/comments", json(Map.of("page", page, "text", "t", "author", "a")), null);
            assertEquals(201, reply.status(), reply::toString);
            String createdAt = reply.json().get("createdAt").asText();
            JsonNode thread = http.get("/api/comments?path=" + page).json();
            assertEquals(
                    createdAt,
                    listed(thread, reply.json().get("id").asLong())
                            .get("createdAt")
                            .asText());
            nanos.add(Instant.parse(createdAt).getNano());
        }
        assertMicroseconds(nanos);
    }

    /** No digit below the microsecond, and some above the millisecond's: the fraction was stored, not dropped. */
    private static void assertMicroseconds(List<Integer> nanos) {
        assertEquals(List.of(), nanos.stream().filter(n -> n % 1000 != 0).toList(), "digits below a microsecond");
        assertTrue(nanos.stream().anyMatch(n -> n % 1_000_000 != 0), "no microseconds in any of " + nanos);
    }

    private static JsonNode listed(JsonNode page, long id) {
        for (JsonNode item : page.get("content")) {
            if (item.get("id").asLong() == id) return item;
        }
        throw new AssertionError("item " + id + " not listed in " + page);
    }
}
