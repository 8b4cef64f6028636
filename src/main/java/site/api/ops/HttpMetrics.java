package site.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import site.api.http.RouteTable;

/**
 * Records every request as Spring Boot does ({@code http_server_requests_seconds} by method, route template,
 * status and outcome) plus {@code http_requests_total} by status, which the rollout analysis divides.
 */
public final class HttpMetrics implements RequestObserver {
    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void completed(HttpServerExchange exchange, long nanos) {
        String status = Integer.toString(exchange.getStatusCode());
        Timer.builder("http.server.requests")
                .tag("method", exchange.getRequestMethod().toString())
                .tag("uri", RouteTable.template(exchange))
                .tag("status", status)
                .tag("outcome", outcome(exchange.getStatusCode()))
                .tag("error", "none")
                .tag("exception", "none")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        Counter.builder("http.requests").tag("status", status).register(registry).increment();
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
