package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up, login, tokens and roles. */
abstract class AuthContract extends ContractBase {

    @Test
    void signupCreatesAUserAndLoginReturnsAnExpiringToken() {
        Reply signup =
                http.post("/api/auth/signup", json(Map.of("username", "carol", "password", "carol-password")), null);
        assertEquals(201, signup.status(), signup::toString);
        assertEquals("USER", signup.json().get("role").asText());
        Shapes.assertFields(Shapes.ACCOUNT, signup.json());
        assertFalse(signup.body().contains("password"));
        Reply login =
                http.post("/api/auth/login", json(Map.of("username", "carol", "password", "carol-password")), null);
        assertEquals(200, login.status());
        JsonNode body = login.json();
        Shapes.assertFields(Shapes.TOKEN, body);
        assertTrue(Instant.parse(body.get("expiresAt").asText())
                .isAfter(Instant.now().plusSeconds(3000)));
        JsonNode me = http.get("/api/auth/me", body.get("token").asText()).json();
        assertEquals("carol", me.get("username").asText());
        Shapes.assertFields(Shapes.ACCOUNT, me);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        api.userToken("dave");
        assertEquals(
                1,
                api.database()
                        .queryLong(
                                "SELECT COUNT(*) FROM users WHERE username = 'dave' AND password_hash LIKE '$2a$%'"));
    }

    @Test
    void duplicateUsernamesAre409() {
        long before = api.database().count("users");
        assertProblem(
                http.post("/api/auth/signup", json(Map.of("username", "alice", "password", "whatever-123")), null),
                409,
                "conflict");
        assertProblem(
                http.post("/api/auth/signup", json(Map.of("username", "ALICE", "password", "whatever-123")), null),
                409,
                "conflict");
        assertEquals(before, api.database().count("users"));
    }

    @Test
    void signupValidatesUsernameAndPassword() {
        long before = api.database().count("users");
        assertProblem(
                http.post("/api/auth/signup", json(Map.of("username", "x", "password", "short")), null),
                400,
                "validation",
                "username",
                "password");
        assertProblem(
                http.post(
                        "/api/auth/signup",
                        json(Map.of("username", "evil<script>", "password", "long-enough-1")),
                        null),
                400,
                "validation",
                "username");
        assertProblem(
                http.post("/api/auth/signup", json(Map.of("username", "eve", "password", "가".repeat(25))), null),
                400,
                "validation",
                "password");
        assertProblem(
                http.post(
                        "/api/auth/signup",
                        json(Map.of("username", "eve", "password", "long-enough-1", "role", "ADMIN")),
                        null),
                400,
                "validation",
                "role");
        assertEquals(before, api.database().count("users"));
    }

    @Test
    void wrongPasswordsAndUnknownUsersAre401Alike() {
        JsonNode wrong = assertProblem(
                http.post("/api/auth/login", json(Map.of("username", "alice", "password", "nope-nope")), null),
                401,
                "bad-credentials");
        JsonNode unknown = assertProblem(
                http.post("/api/auth/login", json(Map.of("username", "nobody", "password", "nope-nope")), null),
                401,
                "bad-credentials");
        assertEquals(wrong.get("detail"), unknown.get("detail"));
    }

    @Test
    void meNeedsAValidToken() {
        assertProblem(http.get("/api/auth/me"), 401, "unauthorized");
        assertProblem(http.get("/api/auth/me", Tampering.tampered(alice)), 401, "unauthorized");
        assertProblem(http.get("/api/auth/me", Tampering.algNone(alice)), 401, "unauthorized");
        assertProblem(http.get("/api/auth/me", Tampering.expired()), 401, "unauthorized");
        assertProblem(
                http.send(http.request("/api/auth/me", null).header("Authorization", "Basic YWxpY2U6eA==")),
                401,
                "unauthorized");
    }

    @Test
    void theConfiguredAdminExistsWithTheAdminRole() {
        assertEquals(
                "ADMIN",
                http.get("/api/auth/me", api.adminToken()).json().get("role").asText());
        assertEquals("USER", http.get("/api/auth/me", alice).json().get("role").asText());
    }
}
