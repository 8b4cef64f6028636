package site.api.auth;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import site.api.http.ApiException;
import site.api.http.ApiJson;
import site.api.http.Responses;

/** HTTP for {@code /api/admin/users/**}. */
public final class AccountAdminHandlers {
    private final AccountAdmin admin;

    public AccountAdminHandlers(AccountAdmin admin) {
        this.admin = admin;
    }

    public void create(HttpServerExchange exchange) {
        ApiJson.write(exchange, 201, admin.create(ApiJson.read(exchange, NewAccount.class)));
    }

    public void changeRole(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, admin.changeRole(username(exchange), ApiJson.read(exchange, RoleChange.class)));
    }

    public void delete(HttpServerExchange exchange) {
        admin.delete(username(exchange));
        noContent(exchange);
    }

    public void revokeTokens(HttpServerExchange exchange) {
        admin.revokeTokens(username(exchange));
        noContent(exchange);
    }

    static void noContent(HttpServerExchange exchange) {
        exchange.setStatusCode(204);
        Responses.end(exchange);
    }

    private static String username(HttpServerExchange exchange) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        String username = match == null ? null : match.getParameters().get("username");
        if (username == null || username.isBlank() || username.length() > 100) {
            throw ApiException.badParameter("username", "must name an account");
        }
        return username;
    }
}
