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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a folder shipped inside the jar (or the classes dir when run from the build). */
final class BundledFiles {
    private BundledFiles() {}

    /** Every file below {@code folder}, by '/'-separated relative path, sorted. */
    static Map<String, byte[]> read(String folder) {
        URL url = BundledFiles.class.getClassLoader().getResource(folder);
        if (url == null) return Map.of();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return walk(Path.of(uri));
            try (FileSystem fs = open(uri)) {
                return walk(fs.provider().getPath(uri));
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
