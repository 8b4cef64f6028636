package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** `site build -d`: what the destination may be, and what a refused or failed build leaves (nothing changed). */
class BuildDestinationTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStderr err = new CapturedStderr();

    private int build(String... extra) {
        err.reset();
        String[] args = Stream.concat(Stream.of("build", "-s", dir.toString()), Stream.of(extra))
                .toArray(String[]::new);
        return SiteCommand.run(args);
    }

    private String stderr() {
        return err.text();
    }

    private List<String> tree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aDestinationThatIsAFileIsRefusedAndKept() throws IOException {
        TestSites site = TestSites.in(dir).file("content/a.md", "# A\n").file("t.txt", "mine");
        assertEquals(1, build("-d", "t.txt"));
        assertEquals(1, build("-d", "t.txt"));
        assertEquals("mine", site.read("t.txt"));
        assertTrue(stderr().contains("ERROR " + dir.resolve("t.txt") + " is not a directory\n"), stderr());
    }

    @Test
    void anEmptyDestinationIsRefused() throws IOException {
        TestSites.in(dir).file("content/a.md", "# A\n");
        List<String> before = tree(dir);
        assertEquals(1, build("-d", ""));
        assertEquals("Error: -d/--destination is empty: name a folder, such as public\n", stderr());
        assertEquals(before, tree(dir));
    }

    @Test
    void aDestinationHoldingTheSourcesIsRefusedEvenWhenCleaning() throws IOException {
        TestSites.in(dir).file("content/a.md", "# A\n");
        List<String> before = tree(dir);
        assertEquals(1, build("-d", ".", "--cleanDestinationDir"));
        assertTrue(
                stderr().contains("ERROR the destination " + dir + " contains the site's sources (" + dir + ")"),
                stderr());
        assertEquals(1, build("-d", "content"));
        assertEquals(before, tree(dir), "sources untouched, nothing added");
        assertEquals(0, build(), "the next build still finds its config");
    }

    @Test
    void aStrictFailureWritesNothing() throws IOException {
        TestSites.in(dir)
                .file("content/posts/a.md", "---\ntitle: A\nslug: same\n---\n")
                .file("content/posts/b.md", "---\ntitle: B\nslug: same\n---\n");
        assertEquals(1, build("--strict"));
        assertFalse(Files.exists(dir.resolve("public")), "no folder, no lock file");
        assertTrue(
                stderr().contains("WARN  " + dir.resolve("content/posts/b.md") + ":3: duplicate target path"),
                stderr());
        assertTrue(stderr().contains("ERROR 1 warning(s) and --strict is set: nothing was written"), stderr());
        assertEquals(0, build());
        List<String> built = tree(dir.resolve("public"));
        assertEquals(1, build("--strict", "--cleanDestinationDir"));
        assertEquals(built, tree(dir.resolve("public")));
    }

    @Test
    void gitInThePublishFolderSurvivesCleaning() throws IOException {
        TestSites site = TestSites.in(dir)
                .file("content/a.md", "# A\n")
                .file("public/.git/HEAD", "ref: refs/heads/pages")
                .file("public/stale.html", "old");
        assertEquals(0, build("--cleanDestinationDir"));
        assertEquals("ref: refs/heads/pages", site.read("public/.git/HEAD"));
        assertFalse(Files.exists(dir.resolve("public/stale.html")));
        assertTrue(Files.exists(dir.resolve("public/.site_build.lock")), "the lock stays, as Hugo's does");
    }

    @Test
    void theStagingFolderOfEarlierVersionsIsRemovedWithANotice() {
        TestSites.in(dir).file("content/a.md", "# A\n").file(".public.spare/a/index.html", "old");
        assertEquals(0, build());
        assertFalse(Files.exists(dir.resolve(".public.spare")));
        assertTrue(
                stderr().contains("NOTICE removed " + dir.resolve(".public.spare")
                        + ": earlier versions of site staged builds there; it is no longer used"),
                stderr());
    }
}
