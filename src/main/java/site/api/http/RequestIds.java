package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives each request an id: the caller's {@code X-Request-Id} when it is sane, else a new one. The id and any
 * trace headers ({@code traceparent}, {@code b3}) are echoed on the response so logs and traces line up.
 */
public final class RequestIds implements HttpHandler {
    public static final HttpString REQUEST_ID = HttpString.tryFromString("X-Request-Id");
    public static final HttpString TRACEPARENT = HttpString.tryFromString("traceparent");
    public static final HttpString B3 = HttpString.tryFromString("b3");
    private static final AttachmentKey<String> KEY = AttachmentKey.create(String.class);
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private final HttpHandler next;

    public RequestIds(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String given = exchange.getRequestHeaders().getFirst(REQUEST_ID);
        String id = given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        exchange.putAttachment(KEY, id);
        exchange.getResponseHeaders().put(REQUEST_ID, id);
        echo(exchange, TRACEPARENT);
        echo(exchange, B3);
        next.handleRequest(exchange);
    }

    public static String of(HttpServerExchange exchange) {
        String id = exchange.getAttachment(KEY);
        return id == null ? "-" : id;
    }

    private static void echo(HttpServerExchange exchange, HttpString header) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null && value.length() <= 256)
            exchange.getResponseHeaders().put(header, value);
    }
}
