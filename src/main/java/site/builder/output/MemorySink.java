package site.builder.output;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the output in memory: for the preview server and for tests. */
public final class MemorySink implements Publisher {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void publish(String path, byte[] content) {
        files.put(normalize(path), content);
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(normalize(path)));
    }

    public Optional<String> text(String path) {
        return get(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** All files, sorted by path. */
    public Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
