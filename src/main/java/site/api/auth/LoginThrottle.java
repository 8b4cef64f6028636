package site.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits password guesses per account, whatever address they come from: after {@code freeFailures} failures
 * each further one blocks the account's logins for twice as long as the one before ({@code firstDelay}, doubling
 * up to {@code maxDelay}). A check is counted as a failure before bcrypt runs (and cleared if it succeeds), so
 * concurrent guesses cannot slip in together. Logins from the address where the account last logged in skip the
 * back-off, so an attacker elsewhere cannot keep its owner out; they still meet the per-address limit.
 * A block read from the database is remembered here until it ends, so a flood of refused guesses costs no query.
 */
public final class LoginThrottle {
    private static final long SWEEP_EVERY_MS = 60_000;
    private static final int MAX_REMEMBERED = 10_000;
    private final LoginAttempts attempts;
    private final Policy policy;
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();
    private final ConcurrentHashMap<String, ThrottleState> blocked = new ConcurrentHashMap<>();

    /**
     * @param forgetAfter failures older than this no longer count
     */
    public record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
        public static Policy defaults() {
            return new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(15));
        }

        /** How long the account is blocked after its {@code failures}-th failure. */
        long delayMsAfter(int failures) {
            if (failures < freeFailures) return 0;
            int doublings = Math.min(30, failures - freeFailures);
            return Math.min(maxDelay.toMillis(), firstDelay.toMillis() << doublings);
        }
    }

    public LoginThrottle(LoginAttempts attempts, Policy policy, Clock clock) {
        this.attempts = attempts;
        this.policy = policy;
        this.clock = clock;
    }

    /** 0 when a password for {@code username} may be checked now (counted as a failure until it succeeds), else the milliseconds to wait. */
    public long claim(String username, String address) {
        long now = clock.millis();
        String key = key(username);
        long known = knownWait(key, address, now);
        if (known > 0) return known;
        sweep(now);
        ThrottleState[] refusedBy = {null};
        attempts.update(key, state -> {
            if (address.equals(state.trustedAddress())) return state;
            if (state.blockedUntilMs() > now) {
                refusedBy[0] = state;
                return state;
            }
            int failures = now - state.lastFailureMs() > policy.forgetAfter().toMillis() ? 0 : state.failures();
            return new ThrottleState(
                    failures + 1, now, now + policy.delayMsAfter(failures + 1), state.trustedAddress());
        });
        if (refusedBy[0] == null) return 0;
        if (blocked.size() >= MAX_REMEMBERED) blocked.clear();
        blocked.put(key, refusedBy[0]);
        return refusedBy[0].blockedUntilMs() - now;
    }

    /** The wait of a block this replica has already read, without asking the database; 0 when it knows of none. */
    public long knownWait(String username, String address) {
        return knownWait(key(username), address, clock.millis());
    }

    private long knownWait(String key, String address, long now) {
        ThrottleState known = blocked.get(key);
        if (known == null || known.blockedUntilMs() <= now || address.equals(known.trustedAddress())) return 0;
        return known.blockedUntilMs() - now;
    }

    /** The password was right: the account's failures are cleared and {@code address} trusted. */
    public void succeeded(String username, String address) {
        String key = key(username);
        attempts.update(key, state -> new ThrottleState(0, 0, 0, address));
        blocked.remove(key);
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_EVERY_MS || !lastSweep.compareAndSet(last, now)) return;
        attempts.forgetBefore(now - policy.forgetAfter().toMillis());
    }

    /** Lower-cased like the username column's collation, hashed so no client-chosen text is stored. */
    static String key(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
