package site.api.comments;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.List;
import site.api.auth.Guard;
import site.api.http.ApiException;
import site.api.http.ApiJson;
import site.api.http.IfMatch;
import site.api.http.Params;
import site.api.http.Responses;

/**
 * HTTP for {@code /api/comments/**} and comment moderation. A site page is named by {@code path}; the thread pages
 * with {@code page} and {@code size} as every other list does. The first form of the API named the site page
 * {@code page} and paged with {@code p}: it is still answered (a widget built before the change keeps working while
 * the site is rebuilt), with a {@code Deprecation} header.
 */
public final class CommentHandlers {
    public static final String EDIT_TOKEN = "X-Edit-Token";
    private static final HttpString DEPRECATION = new HttpString("Deprecation");
    private static final int MAX_COUNT_PAGES = 100;
    private static final int FEED_SIZE = 20;
    private final CommentService service;
    private final CommentFeed feed;

    public CommentHandlers(CommentService service, CommentsConfig config) {
        this.service = service;
        this.feed = new CommentFeed(config.siteUrl());
    }

    public void list(HttpServerExchange exchange) {
        if (isFirstForm(exchange)) {
            String path = Params.requiredText(exchange, "page", 300);
            ApiJson.write(exchange, 200, service.thread(path, Params.page(exchange, "p")));
            return;
        }
        String path = Params.requiredText(exchange, "path", 300);
        ApiJson.write(exchange, 200, service.thread(path, Params.page(exchange)));
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
        String name = isFirstForm(exchange) ? "page" : "path";
        List<String> paths = Params.all(exchange, name);
        if (paths.isEmpty()) throw ApiException.badParameter(name, "give at least one page path");
        if (paths.size() > MAX_COUNT_PAGES)
            throw ApiException.badParameter(name, "at most " + MAX_COUNT_PAGES + " pages at once");
        ApiJson.write(exchange, 200, service.counts(paths));
    }

    /**
     * A request of the first form: no {@code path}, and a {@code page} that is a site path (a page number never
     * starts with a slash). Marked deprecated in the answer (RFC 9745).
     */
    private static boolean isFirstForm(HttpServerExchange exchange) {
        if (Params.first(exchange, "path") != null) return false;
        String page = Params.first(exchange, "page");
        boolean first = page != null && page.strip().startsWith("/");
        if (first) exchange.getResponseHeaders().put(DEPRECATION, "true");
        return first;
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
