package site.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads a folder shipped inside the jar (or the classes dir when run from the build). What the jar holds cannot
 * change while it runs, so each folder is read from it once per process (serve's rebuilds would otherwise open the
 * jar again every time); the bytes handed out are shared and must not be changed.
 */
final class BundledFiles {
    private static final Map<String, Map<String, byte[]>> FROM_JAR = new ConcurrentHashMap<>();

    private BundledFiles() {}

    /** Every file below {@code folder}, by '/'-separated relative path, sorted. */
    static Map<String, byte[]> read(String folder) {
        URL url = BundledFiles.class.getClassLoader().getResource(folder);
        if (url == null) return Map.of();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return walk(Path.of(uri));
            Map<String, byte[]> known = FROM_JAR.get(folder);
            if (known != null) return known;
            try (FileSystem fs = open(uri)) {
                Map<String, byte[]> files =
                        Collections.unmodifiableMap(walk(fs.provider().getPath(uri)));
                FROM_JAR.put(folder, files);
                return files;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem open(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.newFileSystem(URI.create(uri.toString().replaceFirst("!.*", "!/")), Map.of());
        }
    }

    private static Map<String, byte[]> walk(Path root) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
