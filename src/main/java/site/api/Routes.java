package site.api;

import static site.api.http.Route.Exposure.ADMIN;
import static site.api.http.Route.Exposure.OPS;
import static site.api.http.Route.Exposure.PUBLIC;
import static site.api.http.Route.Exposure.USER;

import java.util.List;
import site.api.auth.AccountAdminHandlers;
import site.api.auth.AuthHandlers;
import site.api.board.PostHandlers;
import site.api.comments.CommentHandlers;
import site.api.http.Route;
import site.api.ops.ApiDocs;
import site.api.ops.OpsHandlers;

/** Every route the API serves, grouped by who may call it. docs/openapi.yaml lists the same set (tested). */
final class Routes {
    private Routes() {}

    static List<Route> all(
            PostHandlers posts,
            CommentHandlers comments,
            AuthHandlers auth,
            AccountAdminHandlers accounts,
            OpsHandlers ops,
            ApiDocs docs) {
        return List.of(
                // public: reading, signing up, logging in
                new Route("GET", "/api/posts", PUBLIC, posts::list),
                new Route("GET", "/api/posts/search", PUBLIC, posts::search),
                new Route("GET", "/api/posts/{id}", PUBLIC, posts::get),
                new Route("POST", "/api/auth/signup", PUBLIC, auth::signup),
                new Route("POST", "/api/auth/login", PUBLIC, auth::login),
                new Route("GET", "/api/comments", PUBLIC, comments::list),
                new Route("GET", "/api/comments/count", PUBLIC, comments::count),
                new Route("GET", "/api/comments/feed", PUBLIC, comments::feed),
                // anonymous or logged in: anonymous authors prove ownership with their X-Edit-Token
                new Route("POST", "/api/comments", PUBLIC, comments::create),
                new Route("PUT", "/api/comments/{id}", PUBLIC, comments::edit),
                new Route("DELETE", "/api/comments/{id}", PUBLIC, comments::delete),

                // logged-in users: writing (ownership is checked by the services)
                new Route("POST", "/api/posts", USER, posts::create),
                new Route("PUT", "/api/posts/{id}", USER, posts::update),
                new Route("DELETE", "/api/posts/{id}", USER, posts::delete),
                new Route("GET", "/api/auth/me", USER, auth::me),
                new Route("POST", "/api/auth/logout", USER, auth::logout),

                // admins: moderation of comments
                new Route("GET", "/api/admin/comments", ADMIN, comments::moderationQueue),
                new Route("PUT", "/api/admin/comments/{id}/status", ADMIN, comments::moderate),
                // admins: accounts (the last admin can be neither demoted nor deleted)
                new Route("POST", "/api/admin/users", ADMIN, accounts::create),
                new Route("PUT", "/api/admin/users/{username}/role", ADMIN, accounts::changeRole),
                new Route("DELETE", "/api/admin/users/{username}/tokens", ADMIN, accounts::revokeTokens),
                new Route("DELETE", "/api/admin/users/{username}", ADMIN, accounts::delete),

                // operations: probes, metrics, docs
                new Route("GET", "/actuator/health", OPS, ops::health),
                new Route("GET", "/actuator/health/liveness", OPS, ops::liveness),
                new Route("GET", "/actuator/health/readiness", OPS, ops::readiness),
                new Route("GET", "/actuator/info", OPS, ops::info),
                new Route("GET", "/actuator/prometheus", OPS, ops::prometheus),
                new Route("GET", "/v3/api-docs", OPS, docs::openApi),
                new Route("GET", ApiDocs.UI_ROUTE, OPS, docs::swaggerUi));
    }
}
