package site.api.http;

import io.undertow.server.HttpServerExchange;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Sends a whole response body. A worker thread hands the write to the connection's IO thread: an exchange that
 * completes on a worker makes Undertow's IO thread busy-wait (a CAS loop in HttpReadListener) whenever the
 * client's next request arrives while the worker is still re-arming the connection, which on two cores measured
 * as more than half of the server's CPU under load.
 */
public final class Responses {
    private Responses() {}

    public static void send(HttpServerExchange exchange, ByteBuffer body) {
        if (exchange.isInIoThread()) {
            exchange.getResponseSender().send(body);
            return;
        }
        exchange.dispatch(
                exchange.getIoThread(), () -> exchange.getResponseSender().send(body));
    }

    public static void send(HttpServerExchange exchange, String body) {
        send(exchange, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Ends a response without a body (204, preflight). */
    public static void end(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.endExchange();
            return;
        }
        exchange.dispatch(exchange.getIoThread(), exchange::endExchange);
    }
}
