package site.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import site.api.http.RouteTable;

/**
 * Records every request as Spring Boot does ({@code http_server_requests_seconds} by method, route template,
 * status and outcome) plus {@code http_requests_total} by status, which the rollout analysis divides. The meters
 * of each method, route and status are looked up once, not built per request; a method outside HTTP's standard
 * set is tagged UNKNOWN so clients cannot grow the series without bound.
 */
public final class HttpMetrics implements RequestObserver {
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
    private final MeterRegistry registry;
    private final Map<Key, Meters> meters = new ConcurrentHashMap<>();

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private record Key(String method, String uri, int status) {}

    private record Meters(Timer timer, Counter requests) {}

    @Override
    public void completed(HttpServerExchange exchange, long nanos) {
        String method = exchange.getRequestMethod().toString();
        Key key = new Key(
                METHODS.contains(method) ? method : "UNKNOWN", RouteTable.template(exchange), exchange.getStatusCode());
        Meters found = meters.computeIfAbsent(key, this::register);
        found.timer().record(nanos, TimeUnit.NANOSECONDS);
        found.requests().increment();
    }

    private Meters register(Key key) {
        String status = Integer.toString(key.status());
        Timer timer = Timer.builder("http.server.requests")
                .tag("method", key.method())
                .tag("uri", key.uri())
                .tag("status", status)
                .tag("outcome", outcome(key.status()))
                .tag("error", "none")
                .tag("exception", "none")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        return new Meters(
                timer, Counter.builder("http.requests").tag("status", status).register(registry));
    }

    private static String outcome(int status) {
        if (status < 200) return "INFORMATIONAL";
        if (status < 300) return "SUCCESS";
        if (status < 400) return "REDIRECTION";
        if (status < 500) return "CLIENT_ERROR";
        if (status < 600) return "SERVER_ERROR";
        return "UNKNOWN";
    }
}
