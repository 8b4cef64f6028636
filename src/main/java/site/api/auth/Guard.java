package site.api.auth;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.util.Optional;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.Route.Exposure;

/**
 * The auth-wrapping handler: reads the bearer token, checks it against the account as it is now (exists, same
 * token version; the role comes from the account, not the token) and enforces a route's exposure before its
 * handler runs.
 */
public final class Guard {
    private static final AttachmentKey<Caller> CALLER = AttachmentKey.create(Caller.class);
    private static final String BEARER = "Bearer ";
    private final Tokens tokens;
    private final AccountCache accounts;

    public Guard(Tokens tokens, AccountCache accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
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
            if (caller.isEmpty()) {
                next.handleRequest(exchange);
                return;
            }
            exchange.putAttachment(CALLER, caller.get());
            runAs(caller.get(), exchange, next);
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

    /**
     * An account deleted on another replica within the cache bound still passes the check, and its write then
     * fails on a foreign key: when the account is gone by then, that is a 401, not a 500.
     */
    private void runAs(Caller caller, HttpServerExchange exchange, HttpHandler next) throws Exception {
        try {
            next.handleRequest(exchange);
        } catch (RuntimeException e) {
            if (!(e instanceof ApiException) && accounts.fresh(caller.userId()).isEmpty()) throw accountGone();
            throw e;
        }
    }

    /** No header: anonymous. A header that is not a valid token is refused, never downgraded to anonymous. */
    private Optional<Caller> authenticate(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null) return Optional.empty();
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.of(ErrorCode.UNAUTHORIZED, "Authorization must be a Bearer token");
        }
        TokenSubject subject = tokens.verify(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> ApiException.of(ErrorCode.UNAUTHORIZED, "the token is invalid or expired"));
        User user = accounts.current(subject.userId()).orElseThrow(Guard::accountGone);
        if (user.tokenVersion() != subject.tokenVersion()) {
            throw ApiException.of(ErrorCode.UNAUTHORIZED, "the token was revoked (logged out); log in again");
        }
        return Optional.of(Caller.of(user));
    }

    private static ApiException accountGone() {
        return ApiException.of(ErrorCode.UNAUTHORIZED, "the account of this token no longer exists");
    }
}
