package site.builder.serve;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;

/**
 * {@code site serve}: the site built into memory and served, rebuilt when its sources change, with live reload.
 * Starts the server first (its port decides the base URL the site is built with), builds, then watches; a
 * failed build keeps the last good site served and shows its errors in the terminal and over the page.
 * {@link #close} stops the watcher, the event streams and the server.
 */
public final class Preview implements AutoCloseable {
    /**
     * A change is followed by this much quiet before the build starts: an editor's save is several writes (a temp
     * file, a rename) a few milliseconds apart. Hugo 0.111 waits half a second; this is most of a rebuild's latency.
     */
    static final long QUIET_MILLIS = 30;
    /** A burst of writes (a git checkout) is built after this long even if it goes on. */
    static final long BURST_BOUND_MILLIS = 1_000;

    private final Consumer<String> say;
    private final LiveReload live = new LiveReload();
    private final PreviewServer server;
    private final String url;
    private final Rebuilds rebuilds;
    private final SourceWatcher watcher;
    private final Thread watching;
    private volatile boolean closing;

    private Preview(SiteBuilder builder, BuildOptions options, PreviewOptions settings, Consumer<String> say) {
        this.say = say;
        Holder holder = new Holder();
        String path = PreviewAddress.path(options);
        ReloadScript script = settings.liveReload() ? new ReloadScript(path, settings.browserErrors()) : null;
        SiteHandler site = new SiteHandler(() -> holder.rebuilds == null ? Optional.empty()
                : holder.rebuilds.current(), path, script);
        this.server = PreviewServer.start(settings.bind(), settings.port(),
                new PreviewRoutes(site, live, settings.mounts(), script), settings.workerThreads(), say);
        try {
            this.url = PreviewAddress.baseURL(settings.bind(), server.port(), settings.baseURL(), settings.appendPort(),
                    path);
            Path root = (options.source() == null ? Path.of(".") : options.source()).toAbsolutePath().normalize();
            this.rebuilds = new Rebuilds(new Rebuilder(builder, options.withBaseURL(url)), root, options, live, say,
                    settings);
            holder.rebuilds = rebuilds;
            rebuilds.first();
            if (settings.watch()) {
                // registered before start returns, so a change made right after is seen
                this.watcher = rebuilds.watcher();
                this.watching = new Thread(this::watch, "site-serve-watch");
                watching.setDaemon(true);
                watching.start();
            } else {
                this.watcher = null;
                this.watching = null;
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Set once the server runs: requests before the first build are answered "not built yet". */
    private static final class Holder {
        volatile Rebuilds rebuilds;
    }

    public static Preview start(SiteBuilder builder, BuildOptions options, PreviewOptions settings, Consumer<String> say) {
        return new Preview(builder, options, settings, say);
    }

    /** The preview's address, which the site's links use, ending in a slash. */
    public String url() {
        return url;
    }

    public int port() {
        return server.port();
    }

    /** Whether the last build succeeded (the site served is then the newest). */
    public boolean lastBuildSucceeded() {
        return rebuilds.lastSucceeded();
    }

    /** Calls {@code listener} with every event the browsers receive (for tests and the benchmark). */
    public void listen(Consumer<String> listener) {
        live.listen(event -> listener.accept("event: " + event.name() + "\ndata: " + event.data()));
    }

    private void watch() {
        try {
            while (!closing) {
                ChangeBatch batch = watcher.next(200, QUIET_MILLIS, BURST_BOUND_MILLIS);
                if (closing) break;
                if (!batch.isEmpty()) rebuilds.after(batch, watcher);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            say.accept("ERROR the watcher stopped: " + e + " (restart site serve)");
        }
    }

    @Override
    public void close() {
        closing = true;
        if (watching != null) {
            watching.interrupt();
            try {
                watching.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (watcher != null) watcher.close();
        live.close();
        if (server != null) server.close();
    }
}
