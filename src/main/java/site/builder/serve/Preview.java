package site.builder.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;

/**
 * {@code site serve}: the site built into memory and served, rebuilt when its sources change, with live reload.
 * Starts the server first (its port decides the base URL the site is built with; a site whose languages each have
 * their own baseURL gets a server per language, on consecutive ports), builds, then watches; a
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
    private final List<PreviewServer> servers = new ArrayList<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Rebuilds rebuilds;
    private final SourceWatcher watcher;
    private final Thread watching;
    private volatile boolean closing;

    private Preview(SiteBuilder builder, BuildOptions options, PreviewOptions settings, Consumer<String> say) {
        this.say = say;
        Holder holder = new Holder();
        try {
            PreviewOptions.Address at = settings.address();
            // -b decides the paths the site is served under, however it reached the preview
            List<PreviewHost> hosts =
                    PreviewAddress.hosts(at.baseURL() == null ? options : options.withBaseURL(at.baseURL()));
            if (hosts.size() > 1 && !at.appendPort()) {
                throw new IllegalArgumentException("--appendPort=false is not supported when every language has its own"
                        + " baseURL (multihost): each language is served on a port of its own, as by hugo server");
            }
            int port = at.port();
            for (PreviewHost host : hosts) {
                PreviewServer server = serve(host, port, holder, settings);
                port = port == 0 ? 0 : server.port() + 1;
                urls.put(
                        host.lang(),
                        PreviewAddress.baseURL(at.bind(), server.port(), at.baseURL(), at.appendPort(), host.path()));
            }
            Path root = (options.source() == null ? Path.of(".") : options.source())
                    .toAbsolutePath()
                    .normalize();
            BuildOptions previewed = hosts.size() > 1 ? options.withLanguageBaseURLs(urls) : options.withBaseURL(url());
            this.rebuilds = new Rebuilds(new Rebuilder(builder, previewed), root, options, live, say, settings);
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

    /** One address's server: its part of the build under its path, the live-reload script, the mounted applications. */
    private PreviewServer serve(PreviewHost host, int port, Holder holder, PreviewOptions settings) {
        PreviewOptions.LiveReload reload = settings.reload();
        ReloadScript script = reload.on() ? new ReloadScript(host.path(), reload.browserErrors()) : null;
        SiteHandler site = new SiteHandler(
                () -> holder.rebuilds == null ? Optional.empty() : holder.rebuilds.current(),
                host.path(),
                host.folder(),
                script);
        PreviewServer server = PreviewServer.start(
                settings.address().bind(),
                port,
                new PreviewRoutes(site, live, settings.mounts(), script),
                settings.workerThreads(),
                say);
        servers.add(server);
        return server;
    }

    /** Set once the server runs: requests before the first build are answered "not built yet". */
    private static final class Holder {
        volatile Rebuilds rebuilds;
    }

    public static Preview start(
            SiteBuilder builder, BuildOptions options, PreviewOptions settings, Consumer<String> say) {
        return new Preview(builder, options, settings, say);
    }

    /** The preview's address, which the site's links use, ending in a slash (a multihost site's first language's). */
    public String url() {
        return urls.values().iterator().next();
    }

    /**
     * Every address, by language key in Hugo's order: one, keyed "", for a site; one per language for a site whose
     * languages each have their own baseURL, on consecutive free ports.
     */
    public Map<String, String> urls() {
        return Collections.unmodifiableMap(urls);
    }

    public int port() {
        return servers.get(0).port();
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
        servers.forEach(PreviewServer::close);
    }
}
