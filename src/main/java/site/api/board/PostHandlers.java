package site.api.board;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import site.api.auth.Caller;
import site.api.auth.Guard;
import site.api.http.ApiJson;
import site.api.http.IfMatch;
import site.api.http.Params;
import site.api.http.Responses;

/** HTTP for {@code /api/posts/**}: parameters in, JSON out; the rules live in {@link PostService}. */
public final class PostHandlers {
    private static final int MAX_KEYWORD = 100;
    private final PostService service;

    public PostHandlers(PostService service) {
        this.service = service;
    }

    public void list(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, service.list(Params.page(exchange)));
    }

    public void get(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        Post post = exchange.getRequestMethod().equals(Methods.HEAD) ? service.peek(id) : service.view(id);
        IfMatch.setETag(exchange, post.version());
        ApiJson.write(exchange, 200, post);
    }

    public void search(HttpServerExchange exchange) {
        String keyword = Params.requiredText(exchange, "keyword", MAX_KEYWORD);
        ApiJson.write(exchange, 200, service.search(keyword, Params.page(exchange)));
    }

    public void create(HttpServerExchange exchange) {
        Post post = service.create(ApiJson.read(exchange, PostRequest.class), Guard.requireCaller(exchange));
        exchange.getResponseHeaders().put(Headers.LOCATION, "/api/posts/" + post.id());
        IfMatch.setETag(exchange, post.version());
        ApiJson.write(exchange, 201, post);
    }

    public void update(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        Caller caller = Guard.requireCaller(exchange);
        IfMatch ifMatch = IfMatch.of(exchange);
        Post post = service.update(id, ApiJson.read(exchange, PostRequest.class), caller, ifMatch);
        IfMatch.setETag(exchange, post.version());
        ApiJson.write(exchange, 200, post);
    }

    public void delete(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        service.delete(id, Guard.requireCaller(exchange), IfMatch.of(exchange));
        exchange.setStatusCode(204);
        Responses.end(exchange);
    }
}
