package site.api.http;

import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.xnio.XnioExecutor;

/**
 * Receives a request body on the connection's IO thread before any worker is involved, so a client that sends
 * headers and then trickles or stalls its body holds a connection, never one of the few workers. Each body has a
 * deadline, each client a bounded number of bodies in flight, and one too large is read to its end (up to a bound)
 * so that the 413 reaches the client instead of a reset. The outcome is attached to the exchange and acted on by
 * the handler chain on a worker ({@link #check}, {@link RequestBody}), where errors get request ids, logs and metrics.
 */
public final class BodyReader implements HttpHandler {
    private static final AttachmentKey<byte[]> BODY = AttachmentKey.create(byte[].class);
    private static final AttachmentKey<ApiException> FAILURE = AttachmentKey.create(ApiException.class);
    private static final AttachmentKey<ConnectionWatch> WATCH = AttachmentKey.create(ConnectionWatch.class);
    /** How much of a too-large body is read and dropped so its 413 can be answered on a clean connection. */
    private static final long DRAIN_BYTES = 1 << 20;

    private final BodyLimits limits;
    private final long maxBodyBytes;
    private final ClientAddress clients;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong buffered = new AtomicLong();
    private final HttpHandler next;

    public BodyReader(BodyLimits limits, long maxBodyBytes, ClientAddress clients, HttpHandler next) {
        this.limits = limits;
        this.maxBodyBytes = maxBodyBytes;
        this.clients = clients;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long length = exchange.getRequestContentLength();
        boolean chunked = length < 0 && exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked) || length > maxBodyBytes) {
            // no body, or one refused by its declared length before a byte of it is read (LimitsHandler)
            if (length > maxBodyBytes) exchange.setPersistent(false);
            next.handleRequest(exchange);
            return;
        }
        String client = clients.of(exchange);
        if (!enter(client)) {
            exchange.setPersistent(false);
            fail(
                    exchange,
                    ApiException.of(
                            ErrorCode.RATE_LIMITED,
                            "too many request bodies in flight from one client; at most " + limits.perClient()));
            return;
        }
        new Reception(exchange, client).start();
    }

    /** Throws what went wrong while the body was received (too large, too slow, too many), if anything did. */
    public static void check(HttpServerExchange exchange) {
        ApiException failure = exchange.getAttachment(FAILURE);
        if (failure != null) throw failure;
    }

    /** The received body; empty when the request had none. */
    static byte[] received(HttpServerExchange exchange) {
        check(exchange);
        byte[] body = exchange.getAttachment(BODY);
        return body == null ? new byte[0] : body;
    }

    private boolean enter(String client) {
        boolean[] entered = {false};
        inFlight.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limits.perClient()) return now;
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private void leave(String client) {
        inFlight.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    private void fail(HttpServerExchange exchange, ApiException failure) throws Exception {
        exchange.putAttachment(FAILURE, failure);
        next.handleRequest(exchange);
    }

    /** One body being received; every callback runs on the connection's IO thread, so no locking is needed. */
    private final class Reception {
        private final HttpServerExchange exchange;
        private final String client;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private long dropped;
        private boolean tooLarge;
        private boolean done;
        private XnioExecutor.Key deadline;
        private ConnectionWatch watch;

        Reception(HttpServerExchange exchange, String client) {
            this.exchange = exchange;
            this.client = client;
        }

        void start() {
            deadline = exchange.getIoThread()
                    .executeAfter(this::expire, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            watch = ConnectionWatch.of(exchange.getConnection());
            watch.receiving = this;
            exchange.getRequestReceiver().receivePartialBytes(this::chunk, (ex, error) -> lost());
        }

        private void chunk(HttpServerExchange ex, byte[] bytes, boolean last) {
            if (done) return;
            if (!tooLarge && body.size() + (long) bytes.length <= maxBodyBytes) {
                if (buffered.addAndGet(bytes.length) > limits.bufferedBytes()) {
                    buffered.addAndGet(-bytes.length);
                    exchange.getRequestReceiver().pause();
                    exchange.setPersistent(false);
                    finish(ApiException.of(
                            ErrorCode.UNAVAILABLE, "too many request bodies are being received; try again"));
                    return;
                }
                body.write(bytes, 0, bytes.length);
            } else {
                tooLarge = true;
                dropped += bytes.length;
            }
            if (last) {
                finish(tooLarge ? tooLarge() : null);
            } else if (dropped > DRAIN_BYTES) {
                exchange.getRequestReceiver().pause();
                exchange.setPersistent(false);
                finish(tooLarge());
            }
        }

        private ApiException tooLarge() {
            exchange.setPersistent(false);
            return ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE, "the request body exceeds " + maxBodyBytes + " bytes");
        }

        private void expire() {
            if (done) return;
            exchange.getRequestReceiver().pause();
            exchange.setPersistent(false);
            end();
            exchange.putAttachment(
                    FAILURE,
                    ApiException.of(
                            ErrorCode.REQUEST_TIMEOUT,
                            "the request body did not arrive within "
                                    + limits.timeout().toSeconds() + " s"));
            // a timer task is outside any handler call: enter the chain as Undertow does for a new request
            Connectors.executeRootHandler(next, exchange);
        }

        /** The connection broke or closed before the body was complete: nobody is left to answer. */
        private void lost() {
            if (done) return;
            end();
            exchange.setPersistent(false);
            exchange.endExchange(); // completes the exchange, so a graceful shutdown does not wait for it
        }

        /** Called from the receiver's callbacks, which already run as a handler call. */
        private void finish(ApiException failure) {
            end();
            if (failure != null) exchange.putAttachment(FAILURE, failure);
            else exchange.putAttachment(BODY, body.toByteArray());
            try {
                next.handleRequest(exchange);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private void end() {
            done = true;
            if (watch != null && watch.receiving == this) watch.receiving = null;
            buffered.addAndGet(-body.size());
            if (deadline != null) deadline.remove();
            leave(client);
        }
    }

    /**
     * One close listener per connection, which tells the body being received on it, if any: Undertow cannot remove a
     * close listener, so one per request would keep every request's buffer alive as long as a keep-alive connection.
     */
    private static final class ConnectionWatch {
        private Reception receiving;

        static ConnectionWatch of(ServerConnection connection) {
            ConnectionWatch watch = connection.getAttachment(WATCH);
            if (watch != null) return watch;
            ConnectionWatch created = new ConnectionWatch();
            connection.putAttachment(WATCH, created);
            connection.addCloseListener(closed -> {
                if (created.receiving != null) created.receiving.lost();
            });
            return created;
        }
    }
}
