package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception from the handlers into problem+json: expected ones with their code, anything else as
 * a 500 that names the request id and nothing else (no stack trace, no SQL), logged here once.
 */
public final class ErrorHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final HttpHandler next;

    public ErrorHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        try {
            next.handleRequest(exchange);
        } catch (ApiException e) {
            respond(exchange, () -> Problems.send(exchange, e));
        } catch (Exception e) {
            String requestId = RequestIds.of(exchange);
            LOG.error("request {} {} {} failed", requestId, exchange.getRequestMethod(), exchange.getRequestPath(), e);
            respond(exchange, () -> Problems.send(exchange, ErrorCode.INTERNAL, "unexpected error; request id " + requestId));
        }
    }

    private static void respond(HttpServerExchange exchange, Runnable send) {
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().remove(io.undertow.util.Headers.LOCATION);
        send.run();
    }
}
