package site.api.auth;

import io.undertow.server.HttpServerExchange;
import site.api.http.ApiJson;
import site.api.http.ClientAddress;

/** HTTP for {@code /api/auth/**}. */
public final class AuthHandlers {
    private final AuthService service;
    private final ClientAddress clients;

    public AuthHandlers(AuthService service, ClientAddress clients) {
        this.service = service;
        this.clients = clients;
    }

    public void signup(HttpServerExchange exchange) {
        ApiJson.write(exchange, 201, service.signup(ApiJson.read(exchange, Credentials.class)));
    }

    public void login(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, service.login(ApiJson.read(exchange, Credentials.class), clients.of(exchange)));
    }

    public void logout(HttpServerExchange exchange) {
        service.logout(Guard.requireCaller(exchange));
        AccountAdminHandlers.noContent(exchange);
    }

    public void me(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, service.me(Guard.requireCaller(exchange)));
    }
}
