package site.builder.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import site.builder.config.BuildOptions;
import site.builder.config.ConfigLoader;
import site.builder.config.Languages;
import site.builder.config.SiteConfig;
import site.common.BuildLog;

/**
 * The base URL the previewed site is built with, so its links point at the preview, as Hugo 0.111.3's server
 * makes it: {@code http://BIND:PORT/} (an address that listens everywhere is shown as localhost) followed by the
 * path of the configured base URL; or the user's --baseURL, host and path; either with the preview's port unless
 * --appendPort=false (a proxy in front answers on its own). The site is served under that path ({@code /blog/}), as Hugo's server does.
 */
final class PreviewAddress {
    private PreviewAddress() {}

    /**
     * Where the site is served: one host under the path of -b or else the configured baseURL (HUGO_BASEURL
     * included), read as the build will read it; for a multihost site one host per language in Hugo's order, each
     * under the path of -b or else of its own baseURL. A config that does not load gives one host at the path of -b
     * or "/": the build reports why.
     */
    static List<PreviewHost> hosts(BuildOptions options) {
        SiteConfig config;
        try {
            config = new ConfigLoader(new BuildLog()).load(options);
        } catch (RuntimeException e) {
            return List.of(new PreviewHost("", "", path(options.baseURL())));
        }
        Languages languages;
        try {
            languages = Languages.of(config);
        } catch (RuntimeException e) {
            languages = null;
        }
        if (languages == null || !languages.multihost())
            return List.of(new PreviewHost("", "", path(config.baseURL())));
        Languages multihost = languages;
        return multihost.all().stream()
                .map(l -> new PreviewHost(
                        l.lang(),
                        multihost.publishFolder(l),
                        path(options.baseURL() != null ? options.baseURL() : multihost.baseURL(config, l))))
                .toList();
    }

    /** The path of a base URL, "/" or "/blog/". */
    static String path(String url) {
        if (url == null || url.isBlank()) return "/";
        try {
            String path = new URI(url.contains("://") ? url : "http://" + url).getRawPath();
            if (path == null || path.isEmpty()) return "/";
            return path.endsWith("/") ? path : path + "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    static String baseURL(String bind, int port, String asked, boolean appendPort, String path) {
        if (asked == null || asked.isBlank()) return "http://" + host(bind) + (appendPort ? ":" + port : "") + path;
        try {
            URI uri = new URI(asked.contains("://") ? asked : "http://" + asked);
            if (uri.getHost() == null) throw new URISyntaxException(asked, "no host");
            String portPart = appendPort ? ":" + port : uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + portPart + path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--baseURL " + asked + " is not a URL: " + e.getMessage());
        }
    }

    private static String host(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) return "localhost";
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }
}
