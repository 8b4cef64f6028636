package site.api.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (client address) in this process's memory: {@code perMinute} tokens, refilled evenly.
 * For one replica; replicas sharing a database use {@link JdbiRateLimiter}.
 */
public final class RateLimiter implements RateLimit {
    private static final int MAX_KEYS = 50_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final LongSupplier nanoClock;

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    @Override
    public long acquire(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_KEYS) buckets.values().removeIf(b -> b.isFull(now));
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) MINUTE_NANOS / perMinute;
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) * (double) perMinute / MINUTE_NANOS);
            updated = now;
        }
    }
}
