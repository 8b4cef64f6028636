package site.builder.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the last good build from memory as Hugo's server does: a folder's index.html for the folder (and a
 * redirect from "/posts" to "/posts/"), the site's 404.html with status 404, a Content-Type by extension, caching
 * off (an edit must show on the next load), and nothing outside the built files ({@link RequestPath}). The site
 * is served under its base path ("/blog/" when the base URL is https://example.org/blog/), where its links
 * point; a path outside it gets a plain 404, as from Hugo's server. HTML pages get the live-reload script
 * unless it is off. One language of a site whose languages each have their own host is served from its folder
 * of the build ("en/"), as Hugo's server serves it on a port of its own.
 */
final class SiteHandler implements HttpHandler {
    private final Supplier<Optional<Snapshot>> snapshots;
    private final String base;
    private final String folder;
    private final ReloadScript script;

    /** @param base "/" or "/blog/"; @param script the live-reload script, null when live reload is off */
    SiteHandler(Supplier<Optional<Snapshot>> snapshots, String base, ReloadScript script) {
        this(snapshots, base, "", script);
    }

    /** @param folder the folder of the build served: "" for the whole build, "en/" for one language's site */
    SiteHandler(Supplier<Optional<Snapshot>> snapshots, String base, String folder, ReloadScript script) {
        this.snapshots = snapshots;
        this.base = base;
        this.folder = folder;
        this.script = script;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (!exchange.getRequestMethod().equals(Methods.GET)
                && !exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            send(
                    exchange,
                    StatusCodes.METHOD_NOT_ALLOWED,
                    "text/plain; charset=utf-8",
                    bytes("405 method not allowed\n"));
            return;
        }
        Optional<Snapshot> snapshot = snapshots.get();
        if (snapshot.isEmpty()) {
            // a page of its own, with the reload script: it shows the errors and reloads at the first good build
            byte[] page = bytes("<!DOCTYPE html><html><head><title>Not built yet</title></head><body>"
                    + "<p>The site has not built yet: see the terminal for its errors.</p></body></html>");
            send(
                    exchange,
                    StatusCodes.SERVICE_UNAVAILABLE,
                    "text/html; charset=utf-8",
                    script != null ? script.inject(page, 0) : page);
            return;
        }
        serve(exchange, snapshot.get());
    }

    private void serve(HttpServerExchange exchange, Snapshot site) {
        String raw = rawPath(exchange);
        if (!raw.startsWith(base)) {
            if ((raw + "/").equals(base)) redirectToFolder(exchange);
            else send(exchange, StatusCodes.NOT_FOUND, "text/plain; charset=utf-8", bytes("404 page not found\n"));
            return;
        }
        Optional<String> path = RequestPath.of(raw.substring(base.length() - 1));
        if (path.isPresent()) {
            String file = path.get().isEmpty() || path.get().endsWith("/") ? path.get() + "index.html" : path.get();
            Optional<byte[]> found = site.file(folder + file);
            if (found.isPresent()) {
                send(exchange, StatusCodes.OK, MediaTypes.of(file), finish(site, file, found.get()));
                return;
            }
            if (!path.get().isEmpty()
                    && !path.get().endsWith("/")
                    && site.file(folder + file + "/index.html").isPresent()) {
                redirectToFolder(exchange);
                return;
            }
        }
        notFound(exchange, site);
    }

    private void notFound(HttpServerExchange exchange, Snapshot site) {
        Optional<byte[]> page = site.file(folder + "404.html");
        if (page.isPresent()) {
            send(exchange, StatusCodes.NOT_FOUND, MediaTypes.of("404.html"), finish(site, "404.html", page.get()));
        } else {
            send(exchange, StatusCodes.NOT_FOUND, "text/plain; charset=utf-8", bytes("404 page not found\n"));
        }
    }

    /** "/posts" to "/posts/", keeping the query, as Go's file server does. */
    private static void redirectToFolder(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        exchange.getResponseHeaders()
                .put(Headers.LOCATION, rawPath(exchange) + "/" + (query == null || query.isEmpty() ? "" : "?" + query));
        send(exchange, StatusCodes.MOVED_PERMANENTLY, "text/plain; charset=utf-8", bytes(""));
    }

    private byte[] finish(Snapshot site, String file, byte[] content) {
        return script != null && MediaTypes.isHtml(file) ? script.inject(content, site.number()) : content;
    }

    /** The path as the client sent it, still percent-encoded: decoding is {@link RequestPath}'s job alone. */
    private static String rawPath(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            int slash = uri.indexOf('/', uri.indexOf("//") + 2);
            uri = slash < 0 ? "/" : uri.substring(slash);
        }
        return uri;
    }

    private static void send(HttpServerExchange exchange, int status, String type, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        if (exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(body));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
