package site.api.http;

import java.time.Duration;

/**
 * How request bodies are received.
 *
 * @param timeout   a body must arrive whole within this time of its headers, else 408 and the connection closes
 * @param perClient bodies one client address may be sending at once; more are refused with 429
 */
public record BodyLimits(Duration timeout, int perClient) {
    public static BodyLimits defaults() {
        return new BodyLimits(Duration.ofSeconds(10), 8);
    }
}
