package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.api.auth.SignupMode;

/** What anonymous callers may do and see, by setting: sign-up open or closed, runtime details in info or not. */
class ExposureSettingsIT {

    @Test
    void closedSignupIs403AndAdminsCreateAccountsInstead() {
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), ApiHarness.defaultLimits(), a -> a.withSignup(SignupMode.CLOSED))) {
            long users = api.database().count("users");
            String credentials = json(Map.of("username", "newcomer", "password", "newcomer-password"));
            assertProblem(api.client().post("/api/auth/signup", credentials, null), 403, "forbidden");
            assertEquals(users, api.database().count("users"));
            assertEquals(
                    201,
                    api.client()
                            .post("/api/admin/users", credentials, api.adminToken())
                            .status());
            assertEquals(
                    200, api.client().post("/api/auth/login", credentials, null).status());
        }
    }

    @Test
    void infoNamesNoRuntimeUnlessAskedTo() {
        try (ApiHarness api = new ApiHarness(TestDatabase.h2())) {
            JsonNode info = api.client().get("/actuator/info").json();
            assertEquals("app", String.join(",", (Iterable<String>) info::fieldNames), info::toString);
            assertEquals("test", info.at("/app/version").asText());
        }
        try (ApiHarness api =
                new ApiHarness(TestDatabase.h2(), ApiHarness.defaultLimits(), a -> a.withInfoShowingRuntime(true))) {
            JsonNode info = api.client().get("/actuator/info").json();
            assertEquals(
                    System.getProperty("java.version"), info.at("/java/version").asText());
            assertTrue(info.has("app"));
        }
    }
}
