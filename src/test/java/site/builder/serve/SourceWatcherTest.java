package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes come out in bursts: scratch files ignored, new folders watched, unrelated root files left alone. */
class SourceWatcherTest {
    @TempDir
    Path dir;

    @Test
    void aBurstIsOneBatchWithoutEditorScratchFilesOrOtherRootFiles() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        try (SourceWatcher watcher =
                new SourceWatcher(dir, p -> p.getFileName().toString().equals("hugo.toml"))) {
            watcher.watch(List.of(dir.resolve("content")));
            Files.writeString(dir.resolve("content/a.md"), "a");
            Files.writeString(dir.resolve("content/.a.md.swp"), "vim");
            Files.createDirectories(dir.resolve("content/new/deeper"));
            Files.writeString(dir.resolve("content/new/deeper/b.md"), "b");
            Files.writeString(dir.resolve("hugo.toml"), "title = 'x'");
            Files.writeString(dir.resolve("notes.txt"), "not a source");
            ChangeBatch batch = watcher.next(5_000, 300, 3_000);
            Path root = dir.toAbsolutePath().normalize();
            assertTrue(batch.paths().contains(root.resolve("content/a.md")), batch.toString());
            assertTrue(batch.paths().contains(root.resolve("content/new/deeper/b.md")), batch.toString());
            assertTrue(batch.paths().contains(root.resolve("hugo.toml")), batch.toString());
            assertTrue(
                    batch.paths().stream().noneMatch(p -> p.toString().endsWith(".swp") || p.endsWith("notes.txt")),
                    batch.toString());
            Files.writeString(dir.resolve("content/new/deeper/b.md"), "edited in a folder made after the watch began");
            assertEquals(
                    List.of(root.resolve("content/new/deeper/b.md")),
                    watcher.next(5_000, 300, 3_000).paths());
        }
    }

    @Test
    void nothingChangedIsAnEmptyBatchAfterTheWait() throws Exception {
        try (SourceWatcher watcher = new SourceWatcher(dir, p -> false)) {
            long start = System.nanoTime();
            assertTrue(watcher.next(200, 30, 1_000).isEmpty());
            assertTrue((System.nanoTime() - start) / 1_000_000 >= 150);
        }
    }
}
