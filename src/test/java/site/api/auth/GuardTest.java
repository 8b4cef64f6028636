package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.Route.Exposure;

/** The guard in front of every route, on exchanges made in memory (no server). */
class GuardTest {
    final MapUserStore users = new MapUserStore();
    final Tokens tokens = new Tokens(AuthServiceTest.SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    final AccountCache accounts = new AccountCache(users, Duration.ofHours(1), new AtomicLong()::get);
    final Guard guard = new Guard(tokens, accounts);
    final User ann = users.create("ann", "h", Role.USER).orElseThrow();
    final User root = users.create("root", "h", Role.ADMIN).orElseThrow();
    /** The caller each call of the wrapped handler saw (empty for anonymous). */
    final List<Optional<Caller>> seen = new ArrayList<>();

    final HttpHandler next = exchange -> seen.add(Guard.caller(exchange));

    static HttpServerExchange request(String authorization) {
        HttpServerExchange exchange = new HttpServerExchange(null);
        if (authorization != null) exchange.getRequestHeaders().put(Headers.AUTHORIZATION, authorization);
        return exchange;
    }

    String bearer(User user) {
        return "Bearer " + tokens.issue(user).token();
    }

    ErrorCode refused(Exposure exposure, String authorization) {
        ApiException e = assertThrows(
                ApiException.class, () -> guard.wrap(exposure, next).handleRequest(request(authorization)));
        assertTrue(seen.isEmpty(), "the route's handler did not run");
        return e.code();
    }

    @Test
    void opsRoutesAreNotWrapped() {
        assertSame(next, guard.wrap(Exposure.OPS, next));
    }

    @Test
    void publicRoutesServeAnonymousCallersAndIdentifyTokenHolders() throws Exception {
        guard.wrap(Exposure.PUBLIC, next).handleRequest(request(null));
        guard.wrap(Exposure.PUBLIC, next).handleRequest(request(bearer(ann)));
        assertEquals(List.of(Optional.empty(), Optional.of(new Caller(ann.id(), "ann", Role.USER))), seen);
    }

    @Test
    void userRoutesNeedAValidTokenOfAnExistingAccount() throws Exception {
        assertEquals(ErrorCode.UNAUTHORIZED, refused(Exposure.USER, null));
        assertEquals(ErrorCode.UNAUTHORIZED, refused(Exposure.USER, "Basic YW5uOnB3"));
        assertEquals(ErrorCode.UNAUTHORIZED, refused(Exposure.USER, "Bearer not-a-token"));
        assertEquals(
                ErrorCode.UNAUTHORIZED,
                refused(Exposure.PUBLIC, "Bearer not-a-token"),
                "never downgraded to anonymous");
        guard.wrap(Exposure.USER, next)
                .handleRequest(request("bearer  " + tokens.issue(ann).token() + " "));
        assertEquals(
                List.of(Optional.of(Caller.of(ann))), seen, "the scheme is case-insensitive and the token stripped");
    }

    @Test
    void adminRoutesNeedTheAdminRoleAsTheAccountHasItNow() throws Exception {
        assertEquals(ErrorCode.FORBIDDEN, refused(Exposure.ADMIN, bearer(ann)));
        String rootToken = bearer(root);
        guard.wrap(Exposure.ADMIN, next).handleRequest(request(rootToken));
        assertEquals(1, seen.size());
        seen.clear();
        users.setRole(root.id(), Role.USER);
        accounts.forget(root.id());
        assertEquals(
                ErrorCode.FORBIDDEN,
                refused(Exposure.ADMIN, rootToken),
                "the role comes from the account, not the token");
    }

    @Test
    void revokedTokensAndDeletedAccountsAreRefused() {
        String token = bearer(ann);
        users.revokeTokens(ann.id());
        accounts.forget(ann.id());
        assertEquals(ErrorCode.UNAUTHORIZED, refused(Exposure.USER, token));
        String rootToken = bearer(root);
        users.accounts.remove(root.id());
        accounts.forget(root.id());
        assertEquals(ErrorCode.UNAUTHORIZED, refused(Exposure.PUBLIC, rootToken));
    }

    @Test
    void aFailureAfterTheAccountWasDeletedElsewhereIs401AndOtherFailuresPassThrough() throws Exception {
        String token = bearer(ann);
        HttpHandler failing = exchange -> {
            throw new IllegalStateException("foreign key");
        };
        assertThrows(
                IllegalStateException.class,
                () -> guard.wrap(Exposure.USER, failing).handleRequest(request(token)));
        HttpHandler refusing = exchange -> {
            throw ApiException.notFound("no post");
        };
        users.accounts.remove(ann.id()); // the cache still has the account: the guard lets requests in
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(
                                ApiException.class,
                                () -> guard.wrap(Exposure.USER, refusing).handleRequest(request(token)))
                        .code(),
                "API errors pass unchanged");
        ApiException gone = assertThrows(
                ApiException.class, () -> guard.wrap(Exposure.USER, failing).handleRequest(request(token)));
        assertEquals(ErrorCode.UNAUTHORIZED, gone.code());
    }

    @Test
    void requireCallerGivesTheGuardedCallerAndRefusesAnAnonymousExchange() throws Exception {
        List<Caller> required = new ArrayList<>();
        guard.wrap(Exposure.USER, exchange -> required.add(Guard.requireCaller(exchange)))
                .handleRequest(request(bearer(ann)));
        assertEquals(List.of(Caller.of(ann)), required);
        assertEquals(
                ErrorCode.UNAUTHORIZED,
                assertThrows(ApiException.class, () -> Guard.requireCaller(request(null)))
                        .code());
    }
}
