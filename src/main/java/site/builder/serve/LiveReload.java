package site.builder.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live-reload event stream (server-sent events, so no browser extension and no WebSocket): every open page
 * listens, and each build is announced to all of them. New connections are greeted with the current build and,
 * while the last build failed, its errors, so a page opened during a failure shows the overlay at once.
 */
final class LiveReload implements AutoCloseable {
    /** Comments sent this often keep idle connections (and proxies between) from timing out. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final ServerSentEventHandler stream = new ServerSentEventHandler(this::connected);
    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile LiveEvent greeting = LiveEvent.hello(0, null);

    HttpHandler handler() {
        return stream;
    }

    /** The event a new connection receives first. */
    void greeting(LiveEvent hello) {
        greeting = hello;
    }

    /** Sends {@code event} to every open page (and to in-process listeners, such as tests and benchmarks). */
    void announce(LiveEvent event) {
        for (ServerSentEventConnection connection : stream.getConnections()) {
            connection.send(event.data(), event.name(), null, null);
        }
        listeners.forEach(listener -> listener.accept(event));
    }

    void listen(Consumer<LiveEvent> listener) {
        listeners.add(listener);
    }

    int connections() {
        return stream.getConnections().size();
    }

    private void connected(ServerSentEventConnection connection, String lastEventId) {
        connection.setKeepAliveTime(KEEP_ALIVE_MILLIS);
        LiveEvent hello = greeting;
        connection.send(hello.data(), hello.name(), null, null);
    }

    /** Ends every stream, so the server's stop does not wait for pages that never close them. */
    @Override
    public void close() {
        for (ServerSentEventConnection connection : stream.getConnections()) {
            try {
                connection.close();
            } catch (IOException e) {
                // the page went away already
            }
        }
    }
}
