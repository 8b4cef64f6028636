package site.api.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Map;
import java.util.function.BooleanSupplier;
import site.api.http.ApiJson;
import site.api.http.Responses;

/** Spring Actuator-compatible probes, info and the Prometheus scrape. */
public final class OpsHandlers {
    private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final BooleanSupplier databaseUp;
    private final Readiness readiness;
    private final PrometheusMeterRegistry registry;
    private final Map<String, Object> info;

    /** @param showRuntime whether info names the Java version: a hint for attackers, so off unless asked for */
    public OpsHandlers(
            BooleanSupplier databaseUp,
            Readiness readiness,
            PrometheusMeterRegistry registry,
            String version,
            boolean showRuntime) {
        this.databaseUp = databaseUp;
        this.readiness = readiness;
        this.registry = registry;
        Map<String, String> app = Map.of("name", "site", "version", version);
        this.info = showRuntime
                ? Map.of("app", app, "java", Map.of("version", System.getProperty("java.version")))
                : Map.of("app", app);
    }

    /** UP when the database answers: what Spring's health endpoint reported with its db indicator. */
    public void health(HttpServerExchange exchange) {
        status(exchange, databaseUp.getAsBoolean());
    }

    /** The process is alive; a dead database is not a reason to restart it. */
    public void liveness(HttpServerExchange exchange) {
        status(exchange, true);
    }

    /** DOWN from the moment shutdown starts, so the load balancer stops sending traffic first. */
    public void readiness(HttpServerExchange exchange) {
        status(exchange, readiness.isReady());
    }

    public void info(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, info);
    }

    public void prometheus(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, PROMETHEUS_TYPE);
        Responses.send(exchange, registry.scrape());
    }

    private static void status(HttpServerExchange exchange, boolean up) {
        ApiJson.write(exchange, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
    }
}
