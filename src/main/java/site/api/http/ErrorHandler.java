package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns every exception from the handlers into problem+json: expected ones with their code, a database that
 * cannot be reached or does not answer in time as 503 with {@code Retry-After}, anything else as a 500 that
 * names the request id and nothing else (no stack trace, no SQL), logged here once.
 */
public final class ErrorHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    /** MySQL/MariaDB: a row lock not granted within innodb_lock_wait_timeout. */
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    /** SQLSTATE class 08: connection exceptions, whatever the driver's exception class. */
    private static final String CONNECTION_STATE_CLASS = "08";
    /** HikariCP's answer (without an SQLSTATE) on a connection it already closed because the link failed. */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private static final String RETRY_AFTER_SECONDS = "1";
    /** The log line's field (the access log's name for it), so Loki joins the two by it. */
    private static final String REQUEST_ID = "requestId";

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
            if (isDatabaseDown(e)) {
                withRequestId(
                        requestId,
                        () -> LOG.warn(
                                "request {} {} {}: database unavailable: {}",
                                requestId,
                                exchange.getRequestMethod(),
                                exchange.getRequestPath(),
                                e.toString()));
                respond(exchange, () -> {
                    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, RETRY_AFTER_SECONDS);
                    Problems.send(exchange, ErrorCode.UNAVAILABLE, "the database is not answering; try again");
                });
                return;
            }
            withRequestId(
                    requestId,
                    () -> LOG.error(
                            "request {} {} {} failed",
                            requestId,
                            exchange.getRequestMethod(),
                            exchange.getRequestPath(),
                            e));
            respond(
                    exchange,
                    () -> Problems.send(exchange, ErrorCode.INTERNAL, "unexpected error; request id " + requestId));
        }
    }

    /** Logs with the request id in the MDC, which the JSON log line writes as a field of its own. */
    private static void withRequestId(String requestId, Runnable log) {
        MDC.put(REQUEST_ID, requestId);
        try {
            log.run();
        } finally {
            MDC.remove(REQUEST_ID);
        }
    }

    /**
     * No connection to be had (pool timeout, refused), a connection lost or timed out mid-statement (Connector/J's
     * CommunicationsException is an SQLRecoverableException), or a statement or lock wait that timed out: a 503
     * the client may retry, not a bug. JDBI and the pool wrap these, so the whole cause chain is searched.
     */
    private static boolean isDatabaseDown(Throwable e) {
        return isDatabaseDown(e, 0);
    }

    /** Suppressed exceptions count: a batch that failed on a closed statement shows the lost connection there. */
    private static boolean isDatabaseDown(Throwable e, int depth) {
        if (e == null || depth > 20) return false;
        if (isOutage(e)) return true;
        for (Throwable suppressed : e.getSuppressed()) {
            if (isDatabaseDown(suppressed, depth + 1)) return true;
        }
        return isDatabaseDown(e.getCause(), depth + 1);
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof SQLTimeoutException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) return false;
        String state = sql.getSQLState();
        return sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
                || state != null && state.startsWith(CONNECTION_STATE_CLASS)
                || state == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage());
    }

    private static void respond(HttpServerExchange exchange, Runnable send) {
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().remove(Headers.LOCATION);
        send.run();
    }
}
