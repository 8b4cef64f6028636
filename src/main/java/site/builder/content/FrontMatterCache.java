package site.builder.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Front matter that an earlier build of the same site parsed, handed out again while the file's bytes are the same
 * (serve's rebuilds), so an unchanged file is neither decoded nor parsed again. The same bytes give the same
 * {@link FrontMatter} instance, which is how a rebuild knows that a page's source did not change. {@link #NONE}
 * remembers nothing (one-off builds). Safe for the reading threads.
 */
public final class FrontMatterCache {
    public static final FrontMatterCache NONE = new FrontMatterCache(false);

    private record Parsed(byte[] bytes, FrontMatter frontMatter) {}

    private final boolean enabled;
    private final Map<Path, Parsed> byFile = new ConcurrentHashMap<>();

    private FrontMatterCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that remembers each file's last parse. */
    public static FrontMatterCache remembering() {
        return new FrontMatterCache(true);
    }

    /** Whether {@code file} (under a content folder) is a page's source, whose text this cache follows. */
    public static boolean followsChangesOf(Path file) {
        return ContentClass.rendered(file) && ContentClass.of(file).isContent();
    }

    /** The front matter parsed from exactly these bytes of {@code file} last time, or null. */
    FrontMatter known(Path file, byte[] bytes) {
        if (!enabled) return null;
        Parsed known = byFile.get(file);
        return known != null && Arrays.equals(known.bytes(), bytes) ? known.frontMatter() : null;
    }

    /** Remembers a parse (only of a file that read without warnings, so a rebuild reports the same warnings). */
    void remember(Path file, byte[] bytes, FrontMatter parsed) {
        if (enabled) byFile.put(file, new Parsed(bytes, parsed));
    }
}
