package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.FieldError;

/** Sign-up, login, logout and the first admin, over accounts in memory and bcrypt at its cheapest cost. */
class AuthServiceTest {
    static final String SECRET = "0123456789abcdef0123456789abcdef-test-secret";
    final MapUserStore users = new MapUserStore();
    final Passwords passwords = new Passwords(4);
    final HashingQueue hashing = new HashingQueue(1, 4);
    final Tokens tokens = new Tokens(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    final AccountCache accounts = new AccountCache(users, Duration.ofMinutes(1), new AtomicLong()::get);
    final LoginThrottle throttle =
            new LoginThrottle(new FakeLoginAttempts(), LoginThrottle.Policy.defaults(), Clock.systemUTC());

    AuthService service(SignupMode mode) {
        return new AuthService(users, passwords, hashing, tokens, accounts, throttle, mode);
    }

    @AfterEach
    void close() {
        hashing.close();
    }

    @Test
    void signupStoresAUserWithABcryptHashNeverThePassword() {
        AccountResponse view = service(SignupMode.OPEN).signup(new Credentials("ann", "long enough"));
        assertEquals("ann", view.username());
        assertEquals(Role.USER, view.role());
        User stored = users.findById(view.id()).orElseThrow();
        assertNotEquals("long enough", stored.passwordHash());
        assertTrue(passwords.matches("long enough", stored.passwordHash()));
    }

    @Test
    void closedSignupIsForbiddenAndATakenNameIsAConflict() {
        assertEquals(
                ErrorCode.FORBIDDEN,
                code(() -> service(SignupMode.CLOSED).signup(new Credentials("ann", "long enough"))));
        assertTrue(users.accounts.isEmpty());
        service(SignupMode.OPEN).signup(new Credentials("ann", "long enough"));
        assertEquals(
                ErrorCode.CONFLICT,
                code(() -> service(SignupMode.OPEN).signup(new Credentials("ann", "other password"))));
    }

    @Test
    void usernamesAndPasswordsAreCheckedAtTheirLimits() {
        AuthService auth = service(SignupMode.OPEN);
        assertEquals(List.of("username"), fields(() -> auth.signup(new Credentials("ab", "long enough"))));
        assertEquals(List.of("username"), fields(() -> auth.signup(new Credentials("a".repeat(31), "long enough"))));
        assertEquals(List.of("username"), fields(() -> auth.signup(new Credentials("has space", "long enough"))));
        assertEquals(List.of("username", "password"), fields(() -> auth.signup(new Credentials(null, null))));
        assertEquals(List.of("password"), fields(() -> auth.signup(new Credentials("ann", "7 chars"))));
        assertEquals(List.of("password"), fields(() -> auth.signup(new Credentials("ann", "x".repeat(73)))));
        // 15 letters outside the BMP are 30 UTF-16 units (fits); 16 are 32 (too long), though the pattern allows 30
        String astral = "\uD835\uDC00";
        auth.signup(new Credentials(astral.repeat(15), "long enough"));
        assertEquals(List.of("username"), fields(() -> auth.signup(new Credentials(astral.repeat(16), "long enough"))));
        // exactly at the limits is accepted
        auth.signup(new Credentials("abc", "8 chars!"));
        auth.signup(new Credentials("b".repeat(30), "y".repeat(72)));
        assertEquals(3, users.accounts.size());
    }

    @Test
    void loginIssuesATokenForTheRightPasswordOnly() {
        AuthService auth = service(SignupMode.OPEN);
        AccountResponse ann = auth.signup(new Credentials("ann", "long enough"));
        IssuedToken token = auth.login(new Credentials("ann", "long enough"), "10.0.0.1");
        assertEquals(ann.id(), tokens.verify(token.token()).orElseThrow().userId());
        assertEquals(
                ErrorCode.BAD_CREDENTIALS, code(() -> auth.login(new Credentials("ann", "wrong one"), "10.0.0.1")));
        assertEquals(
                ErrorCode.BAD_CREDENTIALS,
                code(() -> auth.login(new Credentials("nobody", "long enough"), "10.0.0.1")));
        assertEquals(ErrorCode.BAD_CREDENTIALS, code(() -> auth.login(new Credentials("ann", null), "10.0.0.1")));
        assertEquals(
                ErrorCode.BAD_CREDENTIALS, code(() -> auth.login(new Credentials(null, "long enough"), "10.0.0.1")));
    }

    @Test
    void theFifthFailureMakesTheNextLoginWaitWithRetryAfterInWholeSeconds() {
        AuthService auth = service(SignupMode.OPEN);
        auth.signup(new Credentials("ann", "long enough"));
        for (int i = 0; i < 5; i++) code(() -> auth.login(new Credentials("ann", "wrong one"), "10.0.0.1"));
        ApiException refused =
                assertThrows(ApiException.class, () -> auth.login(new Credentials("ann", "long enough"), "10.0.0.1"));
        assertEquals(ErrorCode.RATE_LIMITED, refused.code());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void logoutRevokesTheAccountsTokensAndMeShowsTheAccount() {
        AuthService auth = service(SignupMode.OPEN);
        AccountResponse ann = auth.signup(new Credentials("ann", "long enough"));
        Caller caller = new Caller(ann.id(), "ann", Role.USER);
        assertEquals(ann, auth.me(caller));
        auth.logout(caller);
        assertEquals(1, users.findById(ann.id()).orElseThrow().tokenVersion());
        users.accounts.clear();
        assertEquals(ErrorCode.UNAUTHORIZED, code(() -> auth.me(caller)));
    }

    @Test
    void ensureAdminCreatesOrPromotesButLeavesAnExistingPasswordAlone() {
        AuthService auth = service(SignupMode.CLOSED);
        auth.ensureAdmin("root", "first password");
        User root = users.findByUsername("root").orElseThrow();
        assertEquals(Role.ADMIN, root.role());
        auth.ensureAdmin("root", "second password");
        assertTrue(passwords.matches(
                "first password", users.findByUsername("root").orElseThrow().passwordHash()));

        users.create("bo", passwords.hash("bo password"), Role.USER);
        auth.ensureAdmin("bo", "ignored password");
        assertEquals(Role.ADMIN, users.findByUsername("bo").orElseThrow().role());
        assertEquals(List.of("password"), fields(() -> auth.ensureAdmin("cyd", "short")));
    }

    @Test
    void aRightPasswordClearsEarlierFailures() {
        AuthService auth = service(SignupMode.OPEN);
        auth.signup(new Credentials("ann", "long enough"));
        for (int i = 0; i < 4; i++) code(() -> auth.login(new Credentials("ann", "wrong one"), "10.0.0.1"));
        auth.login(new Credentials("ann", "long enough"), "10.0.0.1");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    ErrorCode.BAD_CREDENTIALS, code(() -> auth.login(new Credentials("ann", "wrong one"), "10.0.0.2")));
        }
    }

    @Test
    void logoutIsSeenAtOnceThroughTheAccountCache() {
        AuthService auth = service(SignupMode.OPEN);
        AccountResponse ann = auth.signup(new Credentials("ann", "long enough"));
        assertEquals(0, accounts.current(ann.id()).orElseThrow().tokenVersion());
        auth.logout(new Caller(ann.id(), "ann", Role.USER));
        assertEquals(1, accounts.current(ann.id()).orElseThrow().tokenVersion());
    }

    static ErrorCode code(Runnable call) {
        return assertThrows(ApiException.class, call::run).code();
    }

    static List<String> fields(Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(ErrorCode.VALIDATION, e.code());
        return e.errors().stream().map(FieldError::field).toList();
    }
}
