package site.builder.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Every path the preview answers, in one place: the live-reload script and event stream under /__site/ (unless
 * live reload is off), the mounted applications by prefix, and the built site for everything else.
 */
final class PreviewRoutes implements HttpHandler {
    private final SiteHandler site;
    private final LiveReload live;
    private final List<Mount> mounts;
    private final boolean liveReload;

    PreviewRoutes(SiteHandler site, LiveReload live, List<Mount> mounts, boolean liveReload) {
        this.site = site;
        this.live = live;
        this.mounts = List.copyOf(mounts);
        this.liveReload = liveReload;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (liveReload && path.equals(ReloadScript.EVENTS)) {
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            live.handler().handleRequest(exchange);
            return;
        }
        if (liveReload && path.equals(ReloadScript.PATH)) {
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
