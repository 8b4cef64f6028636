package site.api.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import site.api.paging.PageRequest;

/** Query and path parameters, parsed strictly: a bad value is a 400 naming the parameter, never a 500. */
public final class Params {
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");

    private Params() {}

    /** A positive numeric id from the route template, for example {@code {id}} in {@code /api/posts/{id}}. */
    public static long id(HttpServerExchange exchange, String name) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        String raw = match == null ? null : match.getParameters().get(name);
        if (raw == null || !ID.matcher(raw).matches()) throw ApiException.badParameter(name, "must be a positive integer");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a positive integer");
        }
    }

    /** {@code page} (from 0) and {@code size} (1.., cut to the maximum) as Spring's Pageable read them. */
    public static PageRequest page(HttpServerExchange exchange) {
        return page(exchange, "page");
    }

    /** Like {@link #page(HttpServerExchange)} with the page number under another name. */
    public static PageRequest page(HttpServerExchange exchange, String pageParameter) {
        int page = integer(exchange, pageParameter, 0);
        int size = integer(exchange, "size", PageRequest.DEFAULT_SIZE);
        if (page < 0) throw ApiException.badParameter(pageParameter, "must be 0 or more");
        if (size < 1) throw ApiException.badParameter("size", "must be 1 or more");
        return new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE));
    }

    /** A required text parameter, trimmed, 1..maxLength characters. */
    public static String requiredText(HttpServerExchange exchange, String name, int maxLength) {
        String value = first(exchange, name);
        if (value == null || value.isBlank()) throw ApiException.badParameter(name, "is required");
        value = value.strip();
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw ApiException.badParameter(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** Every value of a repeated parameter, for example {@code ?page=/a/&page=/b/}. */
    public static List<String> all(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    public static String first(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? null : values.peekFirst();
    }

    private static int integer(HttpServerExchange exchange, String name, int fallback) {
        String raw = first(exchange, name);
        if (raw == null || raw.isEmpty()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be an integer");
        }
    }
}
