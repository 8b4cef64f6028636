package site.api.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;

/** Writes problem+json responses. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {}

    public static void send(HttpServerExchange exchange, ApiException e) {
        if (e.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        send(exchange, e.code(), e.getMessage(), e.errors());
    }

    public static void send(HttpServerExchange exchange, ErrorCode code, String detail) {
        send(exchange, code, detail, List.of());
    }

    private static void send(HttpServerExchange exchange, ErrorCode code, String detail, List<FieldError> errors) {
        Problem problem = Problem.of(code, detail, exchange.getRequestPath(), errors);
        ApiJson.write(exchange, code.status(), CONTENT_TYPE, problem);
    }
}
