package site.api.http;

import java.time.Duration;

/**
 * How request bodies are received.
 *
 * @param timeout       a body must arrive whole within this time of its headers, else 408 and the connection closes
 * @param perClient     bodies one client address may be sending at once; more are refused with 429
 * @param bufferedBytes bytes of unfinished bodies held in memory at once, over all clients: beyond it a body is
 *                      refused with 503, so clients from many addresses that stall near the size limit cannot
 *                      fill the heap
 */
public record BodyLimits(Duration timeout, int perClient, long bufferedBytes) {
    public static BodyLimits defaults() {
        return new BodyLimits(Duration.ofSeconds(10), 8, 8L << 20);
    }
}
