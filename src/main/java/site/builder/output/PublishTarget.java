package site.builder.output;

import java.nio.charset.StandardCharsets;

/**
 * One output as every sink receives it (Hugo's publisher.Descriptor): where it goes below the site root
 * ('/'-separated; a leading '/' is allowed), its media type, and whether it is minified (by that type) on
 * the way out. Disk, memory (serve) and the page dumps all take this one descriptor, so a later live-reload
 * script is added in one place.
 */
public record PublishTarget(String path, String mediaType, boolean minify) {
    public PublishTarget {
        if (path == null || path.isEmpty()) throw new IllegalArgumentException("an output needs a path");
    }

    /** A file published as it is (static files, bundle resources, feeds). */
    public static PublishTarget of(String path) {
        return new PublishTarget(path, mediaType(path), false);
    }

    /**
     * A rendered output (a page, a feed, a sitemap): minified when the site asks for it and the output is HTML,
     * XML, JSON, CSS or JavaScript, as Hugo's --minify does.
     */
    public static PublishTarget page(String path, boolean minify) {
        String type = mediaType(path);
        return new PublishTarget(
                path, type, minify && !type.equals("text/plain") && !type.equals("application/octet-stream"));
    }

    /** The bytes as published: the rendered bytes, minified when the descriptor says so. */
    public byte[] finish(byte[] rendered) {
        if (!minify) return rendered;
        // JSON is minified as bytes: the search index is the site's largest output
        if (mediaType.equals("application/json")) return JsonMinifier.minify(rendered);
        return finish(new String(rendered, StandardCharsets.UTF_8));
    }

    /** Rendered text as published: minified as text when the descriptor says so, then encoded as UTF-8 once. */
    public byte[] finish(String rendered) {
        if (!minify) return rendered.getBytes(StandardCharsets.UTF_8);
        return switch (mediaType) {
            case "text/html" -> HtmlMinifier.minifyToUtf8(rendered);
            case "application/xml" -> XmlMinifier.minify(rendered).getBytes(StandardCharsets.UTF_8);
            case "application/json" -> JsonMinifier.minify(rendered.getBytes(StandardCharsets.UTF_8));
            case "text/css" -> CssMinifier.minify(rendered).getBytes(StandardCharsets.UTF_8);
            case "text/javascript" -> JsMinifier.minify(rendered).getBytes(StandardCharsets.UTF_8);
            default -> rendered.getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * The first {@code length} chars of rendered text as published, like {@link #finish(String)}; an HTML page
     * is minified within the array, which is rewritten.
     */
    public byte[] finish(char[] rendered, int length) {
        if (!minify) return Utf8.encode(rendered, 0, length);
        if (mediaType.equals("text/html")) return HtmlMinifier.minifyToUtf8(rendered, length);
        return finish(new String(rendered, 0, length));
    }

    /** This descriptor for bytes that are already finished. */
    public PublishTarget finished() {
        return minify ? new PublishTarget(path, mediaType, false) : this;
    }

    /** The path relative to the site root, without leading slashes. */
    public String relativePath() {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') i++;
        return path.substring(i);
    }

    private static String mediaType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String ext =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return switch (ext) {
            case "html", "htm" -> "text/html";
            case "xml" -> "application/xml";
            case "json" -> "application/json";
            case "css" -> "text/css";
            case "js" -> "text/javascript";
            case "txt" -> "text/plain";
            default -> "application/octet-stream";
        };
    }
}
