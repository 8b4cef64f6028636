package site.builder.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import site.builder.output.MemorySink;

/**
 * One good build as the preview serves it: its files, its number (the live-reload script compares it with the
 * server's, so a page built before a missed event still reloads), and which page each content file became.
 */
record Snapshot(long number, MemorySink files, Map<Path, String> pageByFile) {
    Optional<byte[]> file(String path) {
        return files.get(path);
    }

    /** The relative URL of the page built from {@code source} (an absolute, normalized path), if any. */
    Optional<String> pageOf(Path source) {
        return Optional.ofNullable(pageByFile.get(source));
    }
}
