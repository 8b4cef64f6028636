package site.api.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        if (raw == null || !ID.matcher(raw).matches())
            throw ApiException.badParameter(name, "must be a positive integer");
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
        requireUtf8Query(exchange);
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    public static String first(HttpServerExchange exchange, String name) {
        requireUtf8Query(exchange);
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? null : values.peekFirst();
    }

    /**
     * Undertow decodes percent-escapes leniently (invalid UTF-8 becomes U+FFFD or an overlong form its character),
     * so the raw query is checked: every name and value must decode to valid UTF-8.
     */
    private static void requireUtf8Query(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        if (query == null || query.indexOf('%') < 0) return;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String decodedName = StrictText.utf8OrNull(percentDecoded(name));
            if (decodedName == null || StrictText.utf8OrNull(percentDecoded(pair.substring(equals + 1))) == null) {
                String shown = decodedName == null ? "query" : StrictText.printable(decodedName);
                throw ApiException.badParameter(shown, "is not valid UTF-8 (percent-escapes must encode UTF-8 text)");
            }
        }
    }

    /** The bytes a query component stands for; '+' is a space, and a '%' without two hex digits stays itself. */
    private static byte[] percentDecoded(String component) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            int high = i + 2 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(component.charAt(i + 2), 16);
            if (c == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toByteArray();
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
