package site.api.auth;

import io.undertow.server.HttpServerExchange;
import site.api.http.Json;

/** HTTP for {@code /api/auth/**}. */
public final class AuthHandlers {
    private final AuthService service;

    public AuthHandlers(AuthService service) {
        this.service = service;
    }

    public void signup(HttpServerExchange exchange) {
        Json.write(exchange, 201, service.signup(Json.read(exchange, Credentials.class)));
    }

    public void login(HttpServerExchange exchange) {
        Json.write(exchange, 200, service.login(Json.read(exchange, Credentials.class)));
    }

    public void me(HttpServerExchange exchange) {
        Json.write(exchange, 200, service.me(Guard.requireCaller(exchange)));
    }
}
