package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySinkTest {
    @TempDir Path dir;

    private Path out() {
        return dir.resolve("public");
    }

    private void build(boolean clean, boolean commit, String... pathsAndTexts) {
        try (DirectorySink sink = new DirectorySink(out(), clean)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                sink.publish(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            if (commit) sink.commit();
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(out().resolve(path));
    }

    @Test
    void nothingIsVisibleUntilTheCommit() throws IOException {
        build(false, true, "a.html", "one");
        build(false, false, "a.html", "two", "b.html", "new");
        assertEquals("one", read("a.html"));
        assertFalse(Files.exists(out().resolve("b.html")));
    }

    @Test
    void aCommitReplacesChangedFilesAndKeepsStaleOnesUnlessCleaning() throws IOException {
        build(false, true, "a.html", "one", "old.html", "old");
        build(false, true, "a.html", "two");
        assertEquals("two", read("a.html"));
        assertEquals("old", read("old.html"), "Hugo keeps files an earlier build wrote");
        build(true, true, "a.html", "three");
        assertFalse(Files.exists(out().resolve("old.html")));
    }

    @Test
    void whatAnAbandonedBuildWroteNeverReachesTheSite() {
        build(false, true, "a.html", "one");
        build(false, false, "junk.html", "half a build");
        build(true, true, "a.html", "two");
        assertFalse(Files.exists(out().resolve("junk.html")));
    }

    @Test
    void aFileCanBecomeAFolderAndBack() throws IOException {
        build(true, true, "x", "file");
        build(true, true, "x/index.html", "page");
        assertEquals("page", read("x/index.html"));
        build(true, true, "x", "file again");
        assertEquals("file again", read("x"));
    }

    @Test
    void withoutCleaningAStaleFileNeverShadowsWhatTheBuildWrote() throws IOException {
        build(false, true, "x", "old file", "y/deep/old.html", "old page", "keep/me.html", "kept");
        build(false, true, "x/index.html", "page", "y/deep", "now a file");
        assertEquals("page", read("x/index.html"));
        assertEquals("now a file", read("y/deep"));
        assertEquals("kept", read("keep/me.html"));
        build(false, true, "x/index.html", "page");
        assertEquals("now a file", read("y/deep"), "stale files of earlier builds are kept");
    }

    @Test
    void foldersLeftEmptyArePruned() {
        build(true, true, "a/b/c/index.html", "deep", "top.html", "top");
        build(true, true, "top.html", "top");
        assertFalse(Files.exists(out().resolve("a")));
    }

    @Test
    void pathsCannotLeaveTheSite() {
        try (DirectorySink sink = new DirectorySink(out(), true)) {
            assertThrows(IllegalArgumentException.class, () -> sink.publish("../escape.txt", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> sink.publish("/a/../../escape.txt", new byte[0]));
        }
        assertTrue(Files.notExists(dir.resolve("escape.txt")));
    }
}
