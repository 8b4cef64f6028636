package site.api.comments;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;
import site.api.auth.Guard;
import site.api.http.ApiException;
import site.api.http.ApiJson;
import site.api.http.IfMatch;
import site.api.http.Params;
import site.api.http.Responses;

/**
 * HTTP for {@code /api/comments/**} and comment moderation. The comment list's {@code page} parameter is the site
 * path, so its paging uses {@code p} (from 0) and {@code size}.
 */
public final class CommentHandlers {
    public static final String EDIT_TOKEN = "X-Edit-Token";
    private static final int MAX_COUNT_PAGES = 100;
    private static final int FEED_SIZE = 20;
    private final CommentService service;
    private final CommentFeed feed;

    public CommentHandlers(CommentService service, CommentsConfig config) {
        this.service = service;
        this.feed = new CommentFeed(config.siteUrl());
    }

    public void list(HttpServerExchange exchange) {
        String page = Params.requiredText(exchange, "page", 300);
        ApiJson.write(exchange, 200, service.thread(page, Params.page(exchange, "p")));
    }

    public void create(HttpServerExchange exchange) {
        CommentResponse created = service.create(ApiJson.read(exchange, NewComment.class), Guard.caller(exchange));
        exchange.getResponseHeaders().put(Headers.LOCATION, "/api/comments/" + created.id());
        IfMatch.setETag(exchange, created.version());
        ApiJson.write(exchange, 201, created);
    }

    public void edit(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        IfMatch ifMatch = IfMatch.of(exchange);
        CommentResponse edited = service.edit(id, ApiJson.read(exchange, CommentEdit.class), owner(exchange), ifMatch);
        IfMatch.setETag(exchange, edited.version());
        ApiJson.write(exchange, 200, edited);
    }

    public void delete(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        service.delete(id, owner(exchange), IfMatch.of(exchange));
        exchange.setStatusCode(204);
        Responses.end(exchange);
    }

    public void count(HttpServerExchange exchange) {
        List<String> pages = Params.all(exchange, "page");
        if (pages.isEmpty()) throw ApiException.badParameter("page", "give at least one page path");
        if (pages.size() > MAX_COUNT_PAGES)
            throw ApiException.badParameter("page", "at most " + MAX_COUNT_PAGES + " pages at once");
        ApiJson.write(exchange, 200, service.counts(pages));
    }

    public void feed(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/atom+xml; charset=utf-8");
        Responses.send(exchange, feed.render(service.recent(FEED_SIZE)));
    }

    public void moderationQueue(HttpServerExchange exchange) {
        String raw = Params.first(exchange, "status");
        CommentStatus status = raw == null ? CommentStatus.PENDING : CommentStatus.parse(raw);
        if (status == null) throw ApiException.badParameter("status", "must be pending, approved or deleted");
        ApiJson.write(exchange, 200, service.byStatus(status, Params.page(exchange)));
    }

    public void moderate(HttpServerExchange exchange) {
        long id = Params.id(exchange, "id");
        ApiJson.write(exchange, 200, service.moderate(id, ApiJson.read(exchange, StatusChange.class)));
    }

    private static CommentService.Owner owner(HttpServerExchange exchange) {
        return new CommentService.Owner(
                Guard.caller(exchange), exchange.getRequestHeaders().getFirst(EDIT_TOKEN));
    }
}
