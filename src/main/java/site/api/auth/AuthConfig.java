package site.api.auth;

import java.time.Duration;

/**
 * Token, password and account settings, and the first admin (created only when both name and password are given).
 *
 * @param tokenSecret      HS256 key, at least 32 bytes; every replica needs the same one
 * @param accountCacheBound how stale an account (role, token version, existence) may be when a token is checked;
 *                          a demotion, deletion or logout reaches every replica within it
 * @param hashThreads      threads that run bcrypt; requests beyond {@code hashThreads + hashQueue} get 429 at once
 * @param infoShowsRuntime whether {@code /actuator/info} names the Java runtime
 */
public record AuthConfig(
        String tokenSecret,
        Duration tokenLifetime,
        int bcryptCost,
        String adminUsername,
        String adminPassword,
        SignupMode signup,
        Duration accountCacheBound,
        LoginThrottle.Policy loginThrottle,
        int hashThreads,
        int hashQueue,
        boolean infoShowsRuntime) {
    public static final int DEFAULT_BCRYPT_COST = 10;
    /**
     * A working day: a token known to be lost is revoked (logout, an admin's revoke or delete) rather than waited
     * out, so the lifetime only bounds a leak nobody noticed; shorter would send writers back to the login form
     * mid-day, as there are no refresh tokens.
     */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(8);

    public static final Duration DEFAULT_ACCOUNT_CACHE_BOUND = Duration.ofSeconds(2);
    public static final int DEFAULT_HASH_THREADS = 1;
    public static final int DEFAULT_HASH_QUEUE = 2;

    /** The defaults for everything but the token and the first admin. */
    public AuthConfig(
            String tokenSecret, Duration tokenLifetime, int bcryptCost, String adminUsername, String adminPassword) {
        this(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                SignupMode.OPEN,
                DEFAULT_ACCOUNT_CACHE_BOUND,
                LoginThrottle.Policy.defaults(),
                DEFAULT_HASH_THREADS,
                DEFAULT_HASH_QUEUE,
                false);
    }

    public AuthConfig withSignup(SignupMode mode) {
        return new AuthConfig(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                mode,
                accountCacheBound,
                loginThrottle,
                hashThreads,
                hashQueue,
                infoShowsRuntime);
    }

    public AuthConfig withAccountCacheBound(Duration bound) {
        return new AuthConfig(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                signup,
                bound,
                loginThrottle,
                hashThreads,
                hashQueue,
                infoShowsRuntime);
    }

    public AuthConfig withLoginThrottle(LoginThrottle.Policy policy) {
        return new AuthConfig(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                signup,
                accountCacheBound,
                policy,
                hashThreads,
                hashQueue,
                infoShowsRuntime);
    }

    public AuthConfig withHashing(int threads, int queue) {
        return new AuthConfig(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                signup,
                accountCacheBound,
                loginThrottle,
                threads,
                queue,
                infoShowsRuntime);
    }

    public AuthConfig withInfoShowingRuntime(boolean shows) {
        return new AuthConfig(
                tokenSecret,
                tokenLifetime,
                bcryptCost,
                adminUsername,
                adminPassword,
                signup,
                accountCacheBound,
                loginThrottle,
                hashThreads,
                hashQueue,
                shows);
    }

    @Override
    public String toString() {
        return "AuthConfig[tokenLifetime=" + tokenLifetime + ", bcryptCost=" + bcryptCost + ", admin=" + adminUsername
                + ", signup=" + signup + ", accountCacheBound=" + accountCacheBound + ", loginThrottle=" + loginThrottle
                + ", hashThreads=" + hashThreads + ", hashQueue=" + hashQueue + "]";
    }
}
