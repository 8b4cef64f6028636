package site.builder.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the output in memory: for the preview server and for tests. */
public final class MemorySink implements Publisher {
    private final Map<String, byte[]> files;
    private final Map<String, PublishTarget> targets;

    public MemorySink() {
        this(16);
    }

    /** A sink sized for {@code expected} files (a rebuild's: the last build's count), so it never grows. */
    public MemorySink(int expected) {
        files = new ConcurrentHashMap<>(expected);
        targets = new ConcurrentHashMap<>(expected);
    }

    @Override
    public void publish(PublishTarget target, byte[] content) {
        files.put(target.relativePath(), target.finish(content));
        targets.put(target.relativePath(), target);
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(normalize(path)));
    }

    public Optional<String> text(String path) {
        return get(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The descriptor a file was published with (its media type, for a server's Content-Type). */
    public Optional<PublishTarget> target(String path) {
        return Optional.ofNullable(targets.get(normalize(path)));
    }

    /** All files, unsorted and not copied (the files a rebuild compares). */
    public Map<String, byte[]> view() {
        return Collections.unmodifiableMap(files);
    }

    /** All files, sorted by path. */
    public Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
