package site.api.http;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Token buckets in the shared {@code rate_buckets} table, so a limit holds across every replica: one conditional
 * UPDATE takes a token (refill and take in one statement, atomic under the row lock); a missing row is inserted
 * full minus one. Rows left alone for a minute are full, the same as absent, and are swept once a minute.
 */
public final class JdbiRateLimiter implements RateLimit {
    private static final long MINUTE_MS = 60_000;
    private final Jdbi jdbi;
    private final String scope;
    private final int perMinute;
    private final LongSupplier millisClock;
    private final AtomicLong lastSweep = new AtomicLong();

    /** @param scope keeps the buckets of different limits apart, for example {@code auth} and {@code writes} */
    public JdbiRateLimiter(Jdbi jdbi, String scope, int perMinute, LongSupplier millisClock) {
        this.jdbi = jdbi;
        this.scope = scope;
        this.perMinute = perMinute;
        this.millisClock = millisClock;
    }

    @Override
    public long acquire(String key) {
        long now = millisClock.getAsLong();
        sweep(now);
        String bucket = scope + ":" + key;
        if (take(bucket, now)) return 0;
        boolean inserted = jdbi.withHandle(h -> {
            try {
                return h.createUpdate("INSERT INTO rate_buckets (bucket_key, tokens, updated_ms) VALUES (:key, :tokens, :now)")
                        .bind("key", bucket).bind("tokens", perMinute - 1.0).bind("now", now).execute() == 1;
            } catch (RuntimeException e) {
                return false; // another request inserted it first: the bucket exists, so take from it below
            }
        });
        if (inserted || take(bucket, now)) return 0;
        return waitSeconds(bucket, now);
    }

    private boolean take(String bucket, long now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE rate_buckets
                        SET tokens = LEAST(:cap, tokens + (:now - updated_ms) * :perMs) - 1, updated_ms = :now
                        WHERE bucket_key = :key AND LEAST(:cap, tokens + (:now - updated_ms) * :perMs) >= 1""")
                .bind("cap", (double) perMinute).bind("now", now).bind("perMs", perMinute / (double) MINUTE_MS)
                .bind("key", bucket).execute()) == 1;
    }

    private long waitSeconds(String bucket, long now) {
        Optional<Double> tokens = jdbi.withHandle(h -> h.createQuery(
                        "SELECT LEAST(:cap, tokens + (:now - updated_ms) * :perMs) FROM rate_buckets WHERE bucket_key = :key")
                .bind("cap", (double) perMinute).bind("now", now).bind("perMs", perMinute / (double) MINUTE_MS)
                .bind("key", bucket).mapTo(Double.class).findOne());
        double missing = 1 - tokens.orElse(0.0);
        return Math.max(1, (long) Math.ceil(missing * MINUTE_MS / perMinute / 1000));
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < MINUTE_MS || !lastSweep.compareAndSet(last, now)) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM rate_buckets WHERE updated_ms < :before")
                .bind("before", now - MINUTE_MS).execute());
    }
}
