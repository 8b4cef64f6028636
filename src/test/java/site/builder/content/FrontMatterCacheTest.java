package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.common.BuildLog;

/** serve's rebuilds reuse the front matter of files whose bytes did not change, and only of page sources. */
class FrontMatterCacheTest {
    @TempDir
    Path dir;

    private final BuildLog log = new BuildLog();

    private Path write(String path, byte[] bytes) throws IOException {
        Path p = dir.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private FrontMatter scan(FrontMatterCache cache, String path) {
        ContentScanner.Scanned scanned =
                new ContentScanner(log, IgnoreFiles.NONE, Set.of(), cache).scan(dir.resolve("content"));
        return scanned.pages().stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow()
                .frontMatter();
    }

    @Test
    void aRememberingCacheGivesTheSameParseWhileTheBytesAreTheSame() throws IOException {
        FrontMatterCache cache = FrontMatterCache.remembering();
        write("posts/a.md", "---\ntitle: A\n---\nbody\n");
        FrontMatter first = scan(cache, "posts/a.md");
        assertSame(first, scan(cache, "posts/a.md"), "the same bytes, read again into a new array");
        write("posts/a.md", "---\ntitle: B\n---\nbody\n");
        FrontMatter edited = scan(cache, "posts/a.md");
        assertNotSame(first, edited);
        assertEquals("B", edited.values().get("title"));
        assertSame(edited, scan(cache, "posts/a.md"));
    }

    @Test
    void theSameBytesInAnotherFileAreParsedForThatFile() throws IOException {
        FrontMatterCache cache = FrontMatterCache.remembering();
        String text = "---\ntitle: Same\n---\n";
        write("a.md", text);
        FrontMatter a = scan(cache, "a.md");
        write("b.md", text);
        assertNotSame(a, scan(cache, "b.md"));
    }

    @Test
    void theOneOffCacheRemembersNothing() throws IOException {
        write("posts/a.md", "---\ntitle: A\n---\n");
        FrontMatter first = scan(FrontMatterCache.NONE, "posts/a.md");
        assertNotSame(first, scan(FrontMatterCache.NONE, "posts/a.md"));
    }

    @Test
    void aFileWithBytesThatAreNotUtf8IsReadAgainSoEveryBuildWarnsAboutIt() throws IOException {
        FrontMatterCache cache = FrontMatterCache.remembering();
        write(
                "posts/legacy.md",
                new byte[] {'-', '-', '-', '\n', 't', ':', ' ', 'x', '\n', '-', '-', '-', '\n', (byte) 0xC7, '\n'});
        FrontMatter first = scan(cache, "posts/legacy.md");
        assertEquals(1, log.warnings().size(), log.warnings().toString());
        assertNotSame(first, scan(cache, "posts/legacy.md"));
        assertEquals(2, log.warnings().size(), "the second build warns again: " + log.warnings());
    }

    @Test
    void itFollowsTheFilesSiteRendersAsPagesOnly() throws IOException {
        assertTrue(FrontMatterCache.followsChangesOf(write("posts/a.md", "---\ntitle: A\n---\n")));
        assertTrue(FrontMatterCache.followsChangesOf(write("trip/index.markdown", "x")));
        assertTrue(FrontMatterCache.followsChangesOf(write("s/_index.html", "---\ntitle: S\n---\n<p>x</p>")));
        for (Path notAPage : List.of(
                write("img/a.png", "png"),
                write("posts/upper.MD", "x"),
                write("notes/n.org", "#+title: N"),
                write("legacy/page.html", "<!DOCTYPE html><html></html>"))) {
            assertFalse(FrontMatterCache.followsChangesOf(notAPage), notAPage.toString());
        }
    }
}
