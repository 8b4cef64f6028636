package site.builder.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import site.builder.output.DirectorySink;
import site.builder.output.MemorySink;
import site.builder.output.PublishTarget;

/**
 * --renderToDisk: each good build is also written to the publish folder, through the same sink as {@code site
 * build} (only changed files written, each atomically, under the build lock), from the bytes already in memory.
 */
final class DiskMirror {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private DiskMirror() {}

    static void write(MemorySink site, Path publish, Consumer<String> say) {
        try (DirectorySink disk = new DirectorySink(publish, false, LOCK_WAIT, n -> say.accept("NOTICE " + n))) {
            for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
                PublishTarget target =
                        site.target(file.getKey()).map(PublishTarget::finished).orElse(PublishTarget.of(file.getKey()));
                disk.publish(target, file.getValue());
            }
            disk.commit();
        } catch (RuntimeException e) {
            say.accept("ERROR cannot write the site to " + publish + ": " + e.getMessage());
        }
    }
}
