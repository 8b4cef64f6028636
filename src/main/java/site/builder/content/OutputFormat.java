package site.builder.content;

import java.util.Locale;
import java.util.Optional;

/** The output formats a page can have, with Hugo's base names, suffixes and ugly-URL rules. */
public enum OutputFormat {
    HTML("index", ".html", false, "text/html"),
    RSS("index", ".xml", true, "application/rss+xml"),
    JSON("index", ".json", false, "application/json");

    private final String baseName;
    private final String suffix;
    private final boolean noUgly;
    private final String mediaType;

    OutputFormat(String baseName, String suffix, boolean noUgly, String mediaType) {
        this.baseName = baseName;
        this.suffix = suffix;
        this.noUgly = noUgly;
        this.mediaType = mediaType;
    }

    public static Optional<OutputFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String baseName() {
        return baseName;
    }

    public String suffix() {
        return suffix;
    }

    public boolean noUgly() {
        return noUgly;
    }

    public String mediaType() {
        return mediaType;
    }
}
