package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception from the handlers into problem+json: expected ones with their code, a database that
 * cannot be reached as 503, anything else as a 500 that names the request id and nothing else (no stack trace,
 * no SQL), logged here once.
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
            if (isDatabaseDown(e)) {
                LOG.warn("request {} {} {}: database unavailable: {}", RequestIds.of(exchange), exchange.getRequestMethod(),
                        exchange.getRequestPath(), e.toString());
                respond(exchange, () -> Problems.send(exchange, ErrorCode.UNAVAILABLE, "the database is not answering; try again"));
                return;
            }
            String requestId = RequestIds.of(exchange);
            LOG.error("request {} {} {} failed", requestId, exchange.getRequestMethod(), exchange.getRequestPath(), e);
            respond(exchange, () -> Problems.send(exchange, ErrorCode.INTERNAL, "unexpected error; request id " + requestId));
        }
    }

    /** No connection to be had (pool timeout, refused, lost): a 503 the client may retry, not a bug. */
    private static boolean isDatabaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
        }
        return false;
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
