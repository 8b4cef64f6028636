package site.builder.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload script: served at {@link #path} under the site's base path (as Hugo serves /blog/livereload.js)
 * and named by one tag in every HTML page, injected as the page is served (the built bytes stay as
 * {@code site build} writes them). The tag carries the build the page came from, so a page that loads while a
 * rebuild is announced still notices it, and whether failed builds are shown over the page
 * (--disableBrowserError turns that off). The script finds the event stream beside itself.
 */
final class ReloadScript {
    private static final byte[] SOURCE = load();
    private final String base;
    private final boolean browserErrors;

    /** @param base the path the site is served under, "/" or "/blog/" */
    ReloadScript(String base, boolean browserErrors) {
        this.base = base;
        this.browserErrors = browserErrors;
    }

    String path() {
        return base + "__site/live.js";
    }

    String events() {
        return base + "__site/events";
    }

    static byte[] source() {
        return SOURCE.clone();
    }

    /** The page with the script tag before its {@code </head>} (else before {@code </body>}, else at its end). */
    byte[] inject(byte[] page, long build) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + path() + "?build=" + build + (browserErrors ? "" : "&amp;errors=off")
                + "\" defer></script>";
        int at = indexOfIgnoreCase(html, "</head>");
        if (at < 0) at = indexOfIgnoreCase(html, "</body>");
        if (at < 0) at = html.length();
        return (html.substring(0, at) + tag + html.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfIgnoreCase(String html, String tag) {
        int n = tag.length();
        for (int i = 0; i + n <= html.length(); i++) {
            if (html.regionMatches(true, i, tag, 0, n)) return i;
        }
        return -1;
    }

    private static byte[] load() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("live.js")) {
            if (in == null) throw new IllegalStateException("live.js is missing from the jar");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
