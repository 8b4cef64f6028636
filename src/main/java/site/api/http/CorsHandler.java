package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Set;

/** CORS for the configured origins only; preflights are answered here, before routing. */
public final class CorsHandler implements HttpHandler {
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, X-Request-Id, X-Edit-Token";
    /** Headers a browser script may read besides the CORS-safelisted ones: where a new post is, which request it was. */
    private static final String EXPOSED_HEADERS = "Location, ETag, Retry-After, X-Request-Id";

    private final Set<String> origins;
    private final HttpHandler next;

    public CorsHandler(List<String> origins, HttpHandler next) {
        this.origins = Set.copyOf(origins);
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        boolean allowed = origin != null && origins.contains(origin);
        if (origin != null) exchange.getResponseHeaders().add(HttpString.tryFromString("Vary"), "Origin");
        if (allowed) exchange.getResponseHeaders().put(HttpString.tryFromString("Access-Control-Allow-Origin"), origin);
        boolean preflight = exchange.getRequestMethod().equals(Methods.OPTIONS)
                && exchange.getRequestHeaders().contains("Access-Control-Request-Method");
        if (!preflight) {
            if (allowed)
                exchange.getResponseHeaders()
                        .put(HttpString.tryFromString("Access-Control-Expose-Headers"), EXPOSED_HEADERS);
            next.handleRequest(exchange);
            return;
        }
        if (!allowed) throw ApiException.of(ErrorCode.FORBIDDEN, "origin " + origin + " may not call this API");
        exchange.getResponseHeaders().put(HttpString.tryFromString("Access-Control-Allow-Methods"), ALLOWED_METHODS);
        exchange.getResponseHeaders().put(HttpString.tryFromString("Access-Control-Allow-Headers"), ALLOWED_HEADERS);
        exchange.getResponseHeaders().put(HttpString.tryFromString("Access-Control-Max-Age"), "600");
        exchange.setStatusCode(204);
        exchange.endExchange();
    }
}
