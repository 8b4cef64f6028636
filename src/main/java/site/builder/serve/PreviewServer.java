package site.builder.serve;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * Undertow on the preview's address. A taken port is not an error, as in Hugo: the next ports are tried (a
 * second preview of another site is common) and the terminal says which one answers.
 */
final class PreviewServer implements AutoCloseable {
    /** How many ports after the asked one are tried before giving up. */
    static final int PORTS_TRIED = 10;

    private final Undertow undertow;

    private PreviewServer(Undertow undertow) {
        this.undertow = undertow;
    }

    static PreviewServer start(String bind, int port, HttpHandler handler, int workerThreads, Consumer<String> say) {
        BindException taken = null;
        for (int i = 0; i < (port == 0 ? 1 : PORTS_TRIED); i++) {
            int tried = port == 0 ? 0 : port + i;
            if (tried > 65_535) break;
            try {
                PreviewServer server = new PreviewServer(listen(bind, tried, handler, workerThreads));
                if (i > 0)
                    say.accept("port " + port + " is in use (another preview?): serving on port " + tried + " instead");
                return server;
            } catch (RuntimeException e) {
                BindException failure = bindFailure(e);
                if (failure == null) throw e;
                taken = failure;
            }
        }
        throw new IllegalStateException(
                "ports " + port + " to " + (port + PORTS_TRIED - 1) + " on " + bind
                        + " are all in use: pass a free one with --port",
                taken);
    }

    private static Undertow listen(String bind, int port, HttpHandler handler, int workerThreads) {
        Undertow undertow = Undertow.builder()
                .setIoThreads(2)
                .setWorkerThreads(Math.max(2, workerThreads))
                .addHttpListener(port, bind)
                .setServerOption(UndertowOptions.ENABLE_HTTP2, false)
                .setHandler(handler)
                .build();
        try {
            undertow.start();
            return undertow;
        } catch (RuntimeException e) {
            undertow.stop();
            throw e;
        }
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) return bind;
        }
        return null;
    }

    int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
