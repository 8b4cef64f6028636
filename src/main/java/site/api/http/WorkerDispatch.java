package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Runs the handlers on a worker thread, so JDBC never blocks an IO thread. Unlike Undertow's BlockingHandler it
 * does not switch the exchange to blocking streams: responses go out through {@link Responses}, which completes
 * them on the connection's IO thread (see there why), and only a request body switches to blocking to be read.
 */
public final class WorkerDispatch implements HttpHandler {
    private final HttpHandler next;

    public WorkerDispatch(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        next.handleRequest(exchange);
    }
}
