package site.builder.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Where a build's output goes: a directory on disk, or memory for serve mode and tests. */
public interface Publisher {
    /** Publishes one output; the descriptor says where it goes and how its bytes are finished. */
    void publish(PublishTarget target, byte[] content);

    /** Publishes rendered text, finished as text: a minified page is not decoded from bytes and encoded again. */
    default void publish(PublishTarget target, String rendered) {
        publish(target.finished(), target.finish(rendered));
    }

    /**
     * Publishes a file from the sources; sinks on disk override this to avoid reading unchanged files
     * whole. A symbolic link is never followed (it would publish whatever the link points at).
     */
    default void copy(Path source, PublishTarget target) {
        try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
            publish(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
