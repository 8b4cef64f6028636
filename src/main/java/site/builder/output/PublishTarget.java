package site.builder.output;

import java.nio.charset.StandardCharsets;

/**
 * One output as every sink receives it (Hugo's publisher.Descriptor): where it goes below the site root
 * ('/'-separated; a leading '/' is allowed), its media type, and whether its HTML is minified on the way
 * out. Disk, memory (serve) and the page dumps all take this one descriptor, so a later live-reload
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

    /** A rendered page: minified when the site asks for it and the output is HTML. */
    public static PublishTarget page(String path, boolean minify) {
        String type = mediaType(path);
        return new PublishTarget(path, type, minify && type.equals("text/html"));
    }

    /** The bytes as published: the rendered bytes, minified when the descriptor says so. */
    public byte[] finish(byte[] rendered) {
        if (!minify) return rendered;
        return HtmlMinifier.minify(new String(rendered, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Rendered text as published: minified as text when the descriptor says so, then encoded as UTF-8 once. */
    public byte[] finish(String rendered) {
        return minify ? HtmlMinifier.minifyToUtf8(rendered) : rendered.getBytes(StandardCharsets.UTF_8);
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
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
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
