package site.builder.output;

/** Where a build's output files go: a directory on disk, or memory for serve mode and tests. */
public interface Publisher {
    /** Writes one output file; {@code path} is relative to the site root, '/'-separated. */
    void publish(String path, byte[] content);

    /** Copies a file into the output; sinks on disk override this to avoid reading it into memory. */
    default void copy(java.nio.file.Path source, String path) {
        try {
            publish(path, java.nio.file.Files.readAllBytes(source));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + source, e);
        }
    }
}
