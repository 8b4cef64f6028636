package site.builder.serve;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The base URL the previewed site is built with, so its links point at the preview: http://BIND:PORT/ (an
 * address that listens everywhere is shown as localhost), or the user's --baseURL with the preview's port, as
 * Hugo's server does. The site is served at the root, so a base URL's path is not kept (docs/COMPATIBILITY.md).
 */
final class PreviewAddress {
    private PreviewAddress() {}

    static String baseURL(String bind, int port, String asked) {
        if (asked == null || asked.isBlank()) return "http://" + host(bind) + ":" + port + "/";
        try {
            URI uri = new URI(asked.contains("://") ? asked : "http://" + asked);
            if (uri.getHost() == null) throw new URISyntaxException(asked, "no host");
            return uri.getScheme() + "://" + uri.getHost() + ":" + port + "/";
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--baseURL " + asked + " is not a URL: " + e.getMessage());
        }
    }

    private static String host(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) return "localhost";
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }
}
