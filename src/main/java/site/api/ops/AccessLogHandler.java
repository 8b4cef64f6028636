package site.api.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import site.api.http.Json;
import site.api.http.RequestIds;
import site.api.http.RouteTable;

/** One JSON line per finished request, for Loki: what, how it ended, how long, and the ids to correlate. */
public final class AccessLogHandler implements HttpHandler {
    private final Consumer<String> sink;
    private final HttpHandler next;

    public AccessLogHandler(Consumer<String> sink, HttpHandler next) {
        this.sink = sink;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                sink.accept(line(done, (System.nanoTime() - start) / 1_000_000.0));
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static String line(HttpServerExchange exchange, double millis) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now().toString());
        entry.put("type", "access");
        entry.put("method", exchange.getRequestMethod().toString());
        entry.put("route", RouteTable.template(exchange));
        entry.put("path", exchange.getRequestPath());
        entry.put("status", exchange.getStatusCode());
        entry.put("durationMs", Math.round(millis * 100) / 100.0);
        entry.put("bytes", exchange.getResponseBytesSent());
        entry.put("requestId", RequestIds.of(exchange));
        putIfPresent(entry, "traceparent", exchange.getRequestHeaders().getFirst(RequestIds.TRACEPARENT));
        putIfPresent(entry, "b3", exchange.getRequestHeaders().getFirst(RequestIds.B3));
        try {
            return Json.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> entry, String key, String value) {
        if (value != null) entry.put(key, value);
    }
}
