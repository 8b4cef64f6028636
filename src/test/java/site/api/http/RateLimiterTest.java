package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final AtomicLong nanos = new AtomicLong();
    final RateLimiter limiter = new RateLimiter(2, nanos::get);

    @Test
    void allowsTheBudgetThenNamesTheWait() {
        assertEquals(0, limiter.acquire("1.2.3.4"));
        assertEquals(0, limiter.acquire("1.2.3.4"));
        long wait = limiter.acquire("1.2.3.4");
        assertTrue(wait >= 29 && wait <= 30, "wait " + wait);
    }

    @Test
    void refillsOverTimeAndKeepsAddressesApart() {
        limiter.acquire("a");
        limiter.acquire("a");
        assertEquals(0, limiter.acquire("b"));
        nanos.addAndGet(30_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
    }
}
