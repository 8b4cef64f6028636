package site.api;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import site.api.ops.Readiness;

/**
 * Serves an {@link Api} over HTTP with Undertow and shuts down gracefully: readiness goes DOWN, the drain
 * delay lets load balancers notice, new requests are refused, in-flight ones finish (bounded), then the pool closes.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private final Readiness readiness;
    private final AutoCloseable resources;
    private final GracefulShutdownHandler graceful;
    private final Undertow undertow;
    private final Duration drainDelay;
    private final Duration shutdownTimeout;
    private boolean stopped;

    private ApiServer(
            Readiness readiness,
            AutoCloseable resources,
            Undertow undertow,
            GracefulShutdownHandler graceful,
            Duration drainDelay,
            Duration shutdownTimeout) {
        this.readiness = readiness;
        this.resources = resources;
        this.undertow = undertow;
        this.graceful = graceful;
        this.drainDelay = drainDelay;
        this.shutdownTimeout = shutdownTimeout;
    }

    public static ApiServer start(Api api, String bind, int port, Duration drainDelay, Duration shutdownTimeout) {
        return start(api.handler(), api.readiness(), api, bind, port, drainDelay, shutdownTimeout, api.workerThreads());
    }

    /** Serves {@code handler}; on close, {@code readiness} turns DOWN first and {@code resources} close last. */
    public static ApiServer start(
            HttpHandler handler,
            Readiness readiness,
            AutoCloseable resources,
            String bind,
            int port,
            Duration drainDelay,
            Duration shutdownTimeout,
            int workerThreads) {
        GracefulShutdownHandler graceful = new GracefulShutdownHandler(handler);
        Undertow undertow = Undertow.builder()
                .setWorkerThreads(workerThreads)
                .addHttpListener(port, bind)
                .setServerOption(UndertowOptions.ENABLE_HTTP2, false)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setHandler(graceful)
                .build();
        undertow.start();
        return new ApiServer(readiness, resources, undertow, graceful, drainDelay, shutdownTimeout);
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The graceful stop; safe to call twice (the shutdown hook and a test may both call it). */
    @Override
    public synchronized void close() {
        if (stopped) return;
        stopped = true;
        readiness.refuseTraffic();
        sleep(drainDelay);
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(shutdownTimeout.toMillis())) {
                LOG.warn("requests still running after {}; stopping anyway", shutdownTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing resources failed", e);
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) return;
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
