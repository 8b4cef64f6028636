package site.api.http;

/** A budget of requests per key (a client address) per minute. */
public interface RateLimit {
    /** Takes one request from {@code key}'s budget: 0 when allowed, else the whole seconds to wait. */
    long acquire(String key);
}
