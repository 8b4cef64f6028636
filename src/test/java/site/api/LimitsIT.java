package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.api.http.LimitsConfig;

/** Per-address rate limits on writes and logins: 429 with Retry-After, and nothing changes. */
class LimitsIT {

    @Test
    void loginsBeyondTheLimitAre429WithRetryAfter() {
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), new LimitsConfig(64 * 1024, 100, 3, List.of(), List.of()))) {
            String body = ApiHarness.json(Map.of("username", "nobody", "password", "whatever-1"));
            for (int i = 0; i < 3; i++)
                assertEquals(
                        401, api.client().post("/api/auth/login", body, null).status());
            Reply limited = api.client().post("/api/auth/login", body, null);
            assertProblem(limited, 429, "rate-limited");
            assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
            assertEquals(200, api.client().get("/api/posts").status(), "reads are not limited");
        }
    }

    @Test
    void writesBeyondTheLimitAre429AndStoreNothing() {
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), new LimitsConfig(64 * 1024, 3, 100, List.of(), List.of()))) {
            String token = api.adminToken();
            String post = ApiHarness.json(Map.of("title", "spam"));
            for (int i = 0; i < 3; i++)
                assertEquals(201, api.client().post("/api/posts", post, token).status());
            assertProblem(api.client().post("/api/posts", post, token), 429, "rate-limited");
            assertEquals(3, api.database().count("posts"));
        }
    }
}
