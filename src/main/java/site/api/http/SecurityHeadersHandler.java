package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/** Headers that keep API responses from being sniffed, framed, cached or leaking referrers. */
public final class SecurityHeadersHandler implements HttpHandler {
    private final HttpHandler next;

    public SecurityHeadersHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        var headers = exchange.getResponseHeaders();
        headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        headers.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
        headers.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
        if (exchange.getRequestPath().startsWith("/api/")) {
            headers.put(HttpString.tryFromString("Cache-Control"), "no-store");
            headers.put(
                    HttpString.tryFromString("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
        }
        next.handleRequest(exchange);
    }
}
