package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each with-method changes its own setting only, and the settings print without secrets. */
class AuthConfigTest {
    final AuthConfig base = new AuthConfig("s".repeat(40), Duration.ofHours(1), 4, "root", "root password");

    @Test
    void eachWithChangesOneSettingAndKeepsTheRest() {
        LoginThrottle.Policy policy =
                new LoginThrottle.Policy(3, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMinutes(5));
        AuthConfig changed = base.withSignup(SignupMode.CLOSED)
                .withAccountCacheBound(Duration.ofSeconds(9))
                .withLoginThrottle(policy)
                .withHashing(3, 7)
                .withInfoShowingRuntime(true);
        assertEquals(
                new AuthConfig(
                        base.tokenSecret(),
                        base.tokenLifetime(),
                        4,
                        "root",
                        "root password",
                        SignupMode.CLOSED,
                        Duration.ofSeconds(9),
                        policy,
                        3,
                        7,
                        true),
                changed);
        assertEquals(
                new AuthConfig(
                        base.tokenSecret(),
                        base.tokenLifetime(),
                        4,
                        "root",
                        "root password",
                        SignupMode.OPEN,
                        AuthConfig.DEFAULT_ACCOUNT_CACHE_BOUND,
                        LoginThrottle.Policy.defaults(),
                        AuthConfig.DEFAULT_HASH_THREADS,
                        AuthConfig.DEFAULT_HASH_QUEUE,
                        false),
                base);
    }

    @Test
    void printedSettingsNameTheAdminButNeitherSecret() {
        String printed = base.toString();
        assertTrue(printed.contains("admin=root"), printed);
        assertTrue(printed.contains("bcryptCost=4"), printed);
        assertFalse(printed.contains("s".repeat(40)), printed);
        assertFalse(printed.contains("root password"), printed);
    }
}
