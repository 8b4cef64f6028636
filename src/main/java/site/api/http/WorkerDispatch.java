package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Runs the handlers on a worker thread, so JDBC never blocks an IO thread. Unlike Undertow's BlockingHandler it
 * does not switch the exchange to blocking streams: bodies arrive before (see {@link BodyReader}) and responses go
 * out through {@link Responses}, which completes them on the connection's IO thread (see there why).
 * Operations get lanes of their own, so a probe never waits behind application work: the probes that only read
 * memory answer on the IO thread, the other actuator routes (health with its database check, the scrape) run on
 * a small executor of their own.
 */
public final class WorkerDispatch implements HttpHandler {
    private static final Set<String> ON_IO_THREAD = Set.of("/actuator/health/liveness", "/actuator/health/readiness");
    private static final String OPS_PREFIX = "/actuator/";
    private final Executor ops;
    private final HttpHandler next;

    public WorkerDispatch(Executor ops, HttpHandler next) {
        this.ops = ops;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!exchange.isInIoThread()) {
            next.handleRequest(exchange);
            return;
        }
        String path = exchange.getRelativePath();
        if (ON_IO_THREAD.contains(path)) {
            next.handleRequest(exchange);
        } else if (path.startsWith(OPS_PREFIX)) {
            exchange.dispatch(ops, next);
        } else {
            exchange.dispatch(next);
        }
    }
}
