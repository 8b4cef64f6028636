package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/** Refuses oversize bodies (413) and too many writes or logins from one address (429 with Retry-After). */
public final class LimitsHandler implements HttpHandler {
    private final long maxBodyBytes;
    private final RateLimit writes;
    private final RateLimit auth;
    private final ClientAddress clients;
    private final HttpHandler next;

    /** {@code writes} and {@code auth} hold the per-address budgets, wherever they keep them. */
    public LimitsHandler(LimitsConfig config, RateLimit writes, RateLimit auth, HttpHandler next) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.writes = writes;
        this.auth = auth;
        this.clients = new ClientAddress(config.trustedProxies());
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        BodyReader.check(exchange);
        if (exchange.getRequestContentLength() > maxBodyBytes) {
            throw ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE, "the request body exceeds " + maxBodyBytes + " bytes");
        }
        if (isWrite(exchange)) {
            RateLimit limiter = exchange.getRequestPath().startsWith("/api/auth/") ? auth : writes;
            long wait = limiter.acquire(clients.of(exchange));
            if (wait > 0) throw ApiException.rateLimited(wait);
        }
        next.handleRequest(exchange);
    }

    private static boolean isWrite(HttpServerExchange exchange) {
        var method = exchange.getRequestMethod();
        return method.equals(Methods.POST)
                || method.equals(Methods.PUT)
                || method.equals(Methods.PATCH)
                || method.equals(Methods.DELETE);
    }
}
