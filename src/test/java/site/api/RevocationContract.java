package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens answer to the account as it is now: demoted, deleted and logged-out accounts lose their powers. */
abstract class RevocationContract extends ContractBase {
    static final String ROLE_USER = json(Map.of("role", "USER"));
    static final String ROLE_ADMIN = json(Map.of("role", "ADMIN"));

    String admin() {
        return api.adminToken();
    }

    @Test
    void aDemotedAdminsOldTokenIs403AtOnce() {
        String erin = api.userToken("erin");
        assertEquals(
                200, http.put("/api/admin/users/erin/role", ROLE_ADMIN, admin()).status());
        long bobsPost = create(bob, Map.of("title", "bob's")).get("id").asLong();
        assertEquals(200, http.get("/api/admin/comments", erin).status(), "erin moderates while she is an admin");

        Reply demoted = http.put("/api/admin/users/erin/role", ROLE_USER, admin());
        assertEquals("USER", demoted.json().get("role").asText(), demoted::toString);
        Shapes.assertFields(Shapes.ACCOUNT, demoted.json());
        assertProblem(http.get("/api/admin/comments", erin), 403, "forbidden");
        assertProblem(http.put("/api/posts/" + bobsPost, json(Map.of("title", "erin's now")), erin), 403, "forbidden");
        assertEquals("USER", http.get("/api/auth/me", erin).json().get("role").asText());
        assertEquals(
                "bob's", http.get("/api/posts/" + bobsPost).json().get("title").asText());
    }

    @Test
    void aDemotionReachesAnotherReplicaWithinTheCacheBound() {
        String fay = api.userToken("fay");
        assertEquals(
                200, http.put("/api/admin/users/fay/role", ROLE_ADMIN, admin()).status());
        try (ApiHarness replica = api.replica()) {
            assertEquals(
                    200,
                    replica.client().get("/api/admin/comments", fay).status(),
                    "the replica now caches fay as ADMIN");
            long demotedAt = System.nanoTime();
            assertEquals(
                    200,
                    http.put("/api/admin/users/fay/role", ROLE_USER, admin()).status());
            long seenAfterMs = -1;
            while ((System.nanoTime() - demotedAt) / 1_000_000 < 5_000) {
                if (replica.client().get("/api/admin/comments", fay).status() == 403) {
                    seenAfterMs = (System.nanoTime() - demotedAt) / 1_000_000;
                    break;
                }
            }
            System.out.println("demotion seen by another replica after " + seenAfterMs + " ms (bound 2000 ms)");
            assertTrue(seenAfterMs >= 0 && seenAfterMs <= 2_500, "seen after " + seenAfterMs + " ms");
        }
    }

    @Test
    void withACacheBoundOfZeroEveryReplicaSeesADemotionAtOnce() {
        try (ApiHarness strict = new ApiHarness(
                        database(), ApiHarness.defaultLimits(), a -> a.withAccountCacheBound(Duration.ZERO));
                ApiHarness replica = strict.replica()) {
            String moe = strict.userToken("moe");
            String admin = strict.adminToken();
            assertEquals(
                    200,
                    strict.client()
                            .put("/api/admin/users/moe/role", ROLE_ADMIN, admin)
                            .status());
            assertEquals(200, replica.client().get("/api/admin/comments", moe).status());
            assertEquals(
                    200,
                    strict.client()
                            .put("/api/admin/users/moe/role", ROLE_USER, admin)
                            .status());
            assertProblem(replica.client().get("/api/admin/comments", moe), 403, "forbidden");
            assertEquals(
                    204, strict.client().delete("/api/admin/users/moe", admin).status());
            assertProblem(
                    replica.client().post("/api/posts", json(Map.of("title", "ghost")), moe), 401, "unauthorized");
        }
    }

    @Test
    void aDeletedUsersTokenIs401ForReadsAndWrites() {
        String gus = api.userToken("gus");
        long gusPost = create(gus, Map.of("title", "gus was here")).get("id").asLong();
        long users = api.database().count("users");
        assertEquals(204, http.delete("/api/admin/users/gus", admin()).status());
        assertEquals(users - 1, api.database().count("users"));
        long posts = api.database().count("posts");
        assertProblem(http.post("/api/posts", json(Map.of("title", "ghost")), gus), 401, "unauthorized");
        assertProblem(
                http.post("/api/comments", json(Map.of("page", "/p/", "text", "ghost")), gus), 401, "unauthorized");
        assertProblem(http.get("/api/auth/me", gus), 401, "unauthorized");
        assertEquals(posts, api.database().count("posts"));
        assertEquals(
                "gus was here",
                http.get("/api/posts/" + gusPost).json().get("title").asText(),
                "posts outlive their author");
    }

    @Test
    void aUserDeletedOnAnotherReplicaWithinTheCacheBoundGets401Not500() {
        String hal = api.userToken("hal");
        try (ApiHarness replica = api.replica()) {
            assertEquals(200, replica.client().get("/api/auth/me", hal).status(), "the replica now caches hal");
            assertEquals(204, http.delete("/api/admin/users/hal", admin()).status());
            assertProblem(
                    replica.client().post("/api/posts", json(Map.of("title", "ghost")), hal), 401, "unauthorized");
            assertProblem(
                    replica.client().post("/api/comments", json(Map.of("page", "/p/", "text", "ghost")), hal),
                    401,
                    "unauthorized");
        }
    }

    @Test
    void logoutRevokesEveryTokenOfTheAccount() {
        String laptop = api.userToken("ivy");
        String phone = api.userToken("ivy");
        assertEquals(204, http.post("/api/auth/logout", null, laptop).status());
        assertProblem(http.get("/api/auth/me", laptop), 401, "unauthorized");
        assertProblem(http.post("/api/posts", json(Map.of("title", "after logout")), phone), 401, "unauthorized");
        assertEquals(200, http.get("/api/auth/me", api.userToken("ivy")).status(), "a new login works");
    }

    @Test
    void anAdminRevokesAnotherUsersTokens() {
        String jay = api.userToken("jay");
        assertEquals(204, http.delete("/api/admin/users/jay/tokens", admin()).status());
        assertProblem(http.get("/api/auth/me", jay), 401, "unauthorized");
        assertProblem(http.delete("/api/admin/users/nobody-here/tokens", admin()), 404, "not-found");
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorDeleted() {
        assertEquals(1, api.database().queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'"));
        assertProblem(http.put("/api/admin/users/admin/role", ROLE_USER, admin()), 409, "conflict");
        assertProblem(http.delete("/api/admin/users/admin", admin()), 409, "conflict");
        String kim = api.userToken("kim");
        assertEquals(
                200, http.put("/api/admin/users/kim/role", ROLE_ADMIN, admin()).status());
        assertEquals(
                200, http.put("/api/admin/users/admin/role", ROLE_USER, kim).status(), "two admins: one may go");
        assertProblem(http.put("/api/admin/users/kim/role", ROLE_USER, kim), 409, "conflict");
        assertEquals(
                200, http.put("/api/admin/users/admin/role", ROLE_ADMIN, kim).status());
        assertEquals(204, http.delete("/api/admin/users/kim", admin()).status());
        assertEquals(1, api.database().queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'"));
    }

    @Test
    void accountRoutesAreForAdminsOnlyAndValidateTheirInput() {
        assertProblem(http.put("/api/admin/users/bob/role", ROLE_ADMIN, alice), 403, "forbidden");
        assertProblem(http.delete("/api/admin/users/bob", null), 401, "unauthorized");
        assertProblem(
                http.put("/api/admin/users/bob/role", json(Map.of("role", "ROOT")), admin()),
                400,
                "validation",
                "role");
        assertProblem(http.put("/api/admin/users/bob/role", "{}", admin()), 400, "validation", "role");
        assertProblem(http.put("/api/admin/users/nobody-here/role", ROLE_ADMIN, admin()), 404, "not-found");
        assertEquals("USER", http.get("/api/auth/me", bob).json().get("role").asText());
    }

    @Test
    void anAdminCreatesAccountsWithARole() {
        Reply created = http.post(
                "/api/admin/users",
                json(Map.of("username", "lee", "password", "lee-password", "role", "ADMIN")),
                admin());
        assertEquals(201, created.status(), created::toString);
        assertEquals("ADMIN", created.json().get("role").asText());
        assertProblem(
                http.post("/api/admin/users", json(Map.of("username", "lee", "password", "lee-password")), admin()),
                409,
                "conflict");
        assertEquals(204, http.delete("/api/admin/users/lee", admin()).status());
    }
}
