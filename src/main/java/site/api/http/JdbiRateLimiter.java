package site.api.http;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in the shared {@code rate_buckets} table, so a limit holds across every replica: one conditional
 * UPDATE takes a token (refill and take in one statement, atomic under the row lock); a missing row is inserted
 * full minus one. Rows left alone for a minute are full, the same as absent, and are swept once a minute. An
 * empty bucket is remembered here until its next token is due, which is when the database would say the same.
 * A limit protects the service but is not the service: when its table fails (full, say) the request goes on,
 * logged; only a database that cannot be reached fails the request (503), as it would fail its work anyway.
 */
public final class JdbiRateLimiter implements RateLimit {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiRateLimiter.class);
    private static final long MINUTE_MS = 60_000;
    private static final int MAX_REMEMBERED = 10_000;
    private final Jdbi jdbi;
    private final String scope;
    private final int perMinute;
    private final LongSupplier millisClock;
    private final AtomicLong lastSweep = new AtomicLong();
    private final ConcurrentHashMap<String, Long> empty = new ConcurrentHashMap<>();

    /** @param scope keeps the buckets of different limits apart, for example {@code auth} and {@code writes} */
    public JdbiRateLimiter(Jdbi jdbi, String scope, int perMinute, LongSupplier millisClock) {
        this.jdbi = jdbi;
        this.scope = scope;
        this.perMinute = perMinute;
        this.millisClock = millisClock;
    }

    @Override
    public long acquire(String key) {
        try {
            return tryAcquire(key);
        } catch (RuntimeException e) {
            if (isConnectionLost(e)) throw e;
            LOG.warn("rate limit {} not checked for {}: {}", scope, key, e.toString());
            return 0;
        }
    }

    private static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException)
                return true;
        }
        return false;
    }

    /** An empty bucket is remembered until its next token is due: a flood from one address costs no query. */
    private long tryAcquire(String key) {
        long now = millisClock.getAsLong();
        String bucket = scope + ":" + key;
        Long emptyUntil = empty.get(bucket);
        if (emptyUntil != null && emptyUntil > now) return seconds(emptyUntil - now);
        sweep(now);
        if (take(bucket, now)) return 0;
        Optional<Double> tokens = tokens(bucket, now);
        if (tokens.isEmpty()) {
            if (insertFull(bucket, now) || take(bucket, now)) return 0;
            tokens = tokens(bucket, now);
        }
        long waitMs = (long) Math.ceil((1 - tokens.orElse(0.0)) * MINUTE_MS / perMinute);
        if (empty.size() >= MAX_REMEMBERED) empty.clear();
        empty.put(bucket, now + waitMs);
        return seconds(waitMs);
    }

    /** A new bucket, full but for this request's token; false when another request inserted it first. */
    private boolean insertFull(String bucket, long now) {
        return jdbi.withHandle(h -> {
            try {
                return h.createUpdate(
                                        "INSERT INTO rate_buckets (bucket_key, tokens, updated_ms) VALUES (:key, :tokens, :now)")
                                .bind("key", bucket)
                                .bind("tokens", perMinute - 1.0)
                                .bind("now", now)
                                .execute()
                        == 1;
            } catch (RuntimeException e) {
                if (isConnectionLost(e)) throw e;
                return false;
            }
        });
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    /**
     * Concurrent requests reach the row out of clock order: one that read the clock earlier must not count the
     * time back (with a high limit a millisecond is many tokens), nor move the row's time back.
     */
    private boolean take(String bucket, long now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE rate_buckets
                        SET tokens = LEAST(:cap, tokens + GREATEST(0, :now - updated_ms) * :perMs) - 1,
                            updated_ms = GREATEST(updated_ms, :now)
                        WHERE bucket_key = :key AND LEAST(:cap, tokens + GREATEST(0, :now - updated_ms) * :perMs) >= 1""")
                        .bind("cap", (double) perMinute)
                        .bind("now", now)
                        .bind("perMs", perMinute / (double) MINUTE_MS)
                        .bind("key", bucket)
                        .execute())
                == 1;
    }

    /** The bucket's tokens now, refilled; empty when it has no row. */
    private Optional<Double> tokens(String bucket, long now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT LEAST(:cap, tokens + GREATEST(0, :now - updated_ms) * :perMs) FROM rate_buckets WHERE bucket_key = :key")
                .bind("cap", (double) perMinute)
                .bind("now", now)
                .bind("perMs", perMinute / (double) MINUTE_MS)
                .bind("key", bucket)
                .mapTo(Double.class)
                .findOne());
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < MINUTE_MS || !lastSweep.compareAndSet(last, now)) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM rate_buckets WHERE updated_ms < :before")
                .bind("before", now - MINUTE_MS)
                .execute());
    }
}
