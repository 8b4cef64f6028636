package site.builder.content;

/**
 * Where one output of a page goes: {@code file} relative to the publish dir ('/'-separated, leading
 * '/'), and {@code link}, the escaped URL path without the base URL's path.
 */
public record TargetPath(String file, String link) {}
