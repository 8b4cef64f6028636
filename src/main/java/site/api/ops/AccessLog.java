package site.api.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpServerExchange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import site.api.http.ApiJson;
import site.api.http.ClientAddress;
import site.api.http.RequestIds;
import site.api.http.RouteTable;

/** One JSON line per finished request, for Loki: what, how it ended, how long, and the ids to correlate. */
public final class AccessLog implements RequestObserver {
    private final Consumer<String> sink;
    private final ClientAddress clients;

    public AccessLog(Consumer<String> sink, ClientAddress clients) {
        this.sink = sink;
        this.clients = clients;
    }

    @Override
    public void completed(HttpServerExchange exchange, long nanos) {
        sink.accept(line(exchange, nanos / 1_000_000.0));
    }

    private String line(HttpServerExchange exchange, double millis) {
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
        entry.put("client", clients.of(exchange));
        putIfPresent(entry, "traceparent", exchange.getRequestHeaders().getFirst(RequestIds.TRACEPARENT));
        putIfPresent(entry, "b3", exchange.getRequestHeaders().getFirst(RequestIds.B3));
        try {
            return ApiJson.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> entry, String key, String value) {
        if (value != null) entry.put(key, value);
    }
}
