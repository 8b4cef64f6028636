package site.builder.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;

/** A preview of a test's site on a free loopback port, its terminal lines and events kept; close stops it all. */
final class PreviewRun implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Preview preview;
    final List<String> terminal = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    PreviewRun(Path site, PreviewOptions options) {
        preview = Preview.start(
                new SiteBuilder(Clock.systemUTC(), null), BuildOptions.defaults(site), options, terminal::add);
        preview.listen(events::add);
    }

    static PreviewRun of(Path site) {
        return new PreviewRun(site, options(0, true, false));
    }

    static PreviewOptions options(int port, boolean liveReload, boolean navigate) {
        return PreviewOptions.local(port).withLiveReload(liveReload, navigate);
    }

    /** The next event whose name is {@code name} (skipping others), within thirty seconds (compiling a site template takes seconds): its data. */
    String awaitEvent(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event == null) continue;
            if (event.startsWith("event: " + name + "\n")) return event.substring(event.indexOf("\ndata: ") + 7);
            seen.add(event);
        }
        throw new AssertionError("no '" + name + "' event within 30 s; saw " + seen + "\nterminal: " + terminal);
    }

    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(preview.url()).resolve(path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(String path) {
        return get(path).body();
    }

    /** The status line for a request target sent byte for byte (no client normalizing "..": that is the point). */
    String rawStatus(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(200), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }

    @Override
    public void close() {
        preview.close();
    }
}
