package site.api.auth;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.util.Optional;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.Route.Exposure;

/** The auth-wrapping handler: reads the bearer token and enforces a route's exposure before its handler runs. */
public final class Guard {
    private static final AttachmentKey<Caller> CALLER = AttachmentKey.create(Caller.class);
    private static final String BEARER = "Bearer ";
    private final Tokens tokens;

    public Guard(Tokens tokens) {
        this.tokens = tokens;
    }

    public HttpHandler wrap(Exposure exposure, HttpHandler next) {
        if (exposure == Exposure.OPS) return next;
        return exchange -> {
            Optional<Caller> caller = authenticate(exchange);
            if (exposure != Exposure.PUBLIC && caller.isEmpty()) {
                throw ApiException.of(ErrorCode.UNAUTHORIZED, "log in and send Authorization: Bearer <token>");
            }
            if (exposure == Exposure.ADMIN && !caller.get().isAdmin()) {
                throw ApiException.of(ErrorCode.FORBIDDEN, "this needs the ADMIN role");
            }
            caller.ifPresent(c -> exchange.putAttachment(CALLER, c));
            next.handleRequest(exchange);
        };
    }

    /** The caller of a guarded route, if the request carried a valid token. */
    public static Optional<Caller> caller(HttpServerExchange exchange) {
        return Optional.ofNullable(exchange.getAttachment(CALLER));
    }

    /** The caller of a USER or ADMIN route, which the guard has already checked. */
    public static Caller requireCaller(HttpServerExchange exchange) {
        return caller(exchange).orElseThrow(() -> ApiException.of(ErrorCode.UNAUTHORIZED, "log in first"));
    }

    /** No header: anonymous. A header that is not a valid token is refused, never downgraded to anonymous. */
    private Optional<Caller> authenticate(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null) return Optional.empty();
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.of(ErrorCode.UNAUTHORIZED, "Authorization must be a Bearer token");
        }
        Optional<Caller> caller = tokens.verify(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) throw ApiException.of(ErrorCode.UNAUTHORIZED, "the token is invalid or expired");
        return caller;
    }
}
