package site.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small fixture sites inline, so a test shows its whole input. */
public final class TestSites {
    private final Path root;

    private TestSites(Path root) {
        this.root = root;
    }

    /** A site in {@code dir} with a minimal hugo.toml. */
    public static TestSites in(Path dir) {
        return new TestSites(dir).file("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Test\"\n");
    }

    /** A site in {@code dir} without any config file. */
    public static TestSites bare(Path dir) {
        return new TestSites(dir);
    }

    public TestSites file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSites bytes(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the site into {@code out} with the production builder, at the real clock. */
    public void buildTo(Path out) {
        new SiteBuilder(java.time.Clock.systemUTC(), null)
                .build(site.builder.config.BuildOptions.defaults(root).withDestination(out));
    }

    /** Copies a fixture site's folder (to build it where its generated files may go). */
    public static Path copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    public Path root() {
        return root;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
