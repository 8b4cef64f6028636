package site.builder.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Every path the preview answers, in one place: the live-reload script and event stream under the site's
 * {@code __site/} (unless live reload is off), the mounted applications by prefix (at the root, whatever the
 * site's base path), and the built site for everything else.
 */
final class PreviewRoutes implements HttpHandler {
    private final SiteHandler site;
    private final LiveReload live;
    private final List<Mount> mounts;
    private final ReloadScript script;

    /** @param script the live-reload script, null when live reload is off */
    PreviewRoutes(SiteHandler site, LiveReload live, List<Mount> mounts, ReloadScript script) {
        this.site = site;
        this.live = live;
        this.mounts = List.copyOf(mounts);
        this.script = script;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (script != null && path.equals(script.events())) {
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            live.handler().handleRequest(exchange);
            return;
        }
        if (script != null && path.equals(script.path())) {
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/javascript; charset=utf-8");
            exchange.getResponseSender().send(ByteBuffer.wrap(ReloadScript.source()));
            return;
        }
        for (Mount mount : mounts) {
            if (mount.takes(path)) {
                mount.handler().handleRequest(exchange);
                return;
            }
        }
        site.handleRequest(exchange);
    }
}
