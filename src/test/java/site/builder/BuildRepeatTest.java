package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;

/** One SiteBuilder, many builds (as `site serve` will use it): each starts fresh and writes only what changed. */
class BuildRepeatTest {
    @TempDir
    Path dir;

    @Test
    void aBuilderThatFailedBuildsAgainOnceTheErrorIsFixed() {
        SiteBuilder builder = new SiteBuilder(Clock.systemUTC(), null);
        TestSites site = TestSites.in(dir).file("content/a.md", "---\ntitle: [\n---\n");
        BuildFailedException e =
                assertThrows(BuildFailedException.class, () -> builder.build(BuildOptions.defaults(dir)));
        assertEquals(1, e.errors().size());
        site.file("content/a.md", "---\ntitle: Fixed\n---\n");
        BuildResult result = builder.build(BuildOptions.defaults(dir));
        assertEquals(List.of(), result.warnings());
        assertTrue(site.read("public/a/index.html").contains("Fixed"));
    }

    @Test
    void aRebuildOfAnUnchangedSiteWritesNoFile() throws IOException {
        TestSites.in(dir)
                .file("content/posts/a.md", "---\ntitle: A\ntags: [x]\n---\nHi\n")
                .file("content/posts/b.md", "---\ntitle: B\n---\nHo\n")
                .file("static/css/x.css", "body{}");
        SiteBuilder builder = new SiteBuilder(Clock.systemUTC(), null);
        BuildResult first = builder.build(BuildOptions.defaults(dir));
        Map<String, String> before = identities(dir.resolve("public"));
        assertEquals(before.size() - 1, first.stats().filesWritten(), "every file but the lock");
        BuildResult again = builder.build(BuildOptions.defaults(dir));
        assertEquals(0, again.stats().filesWritten());
        assertEquals(0, again.stats().bytesStaged());
        assertEquals(before, identities(dir.resolve("public")));
    }

    /** Inode and modification time (ns) of every file: any rewrite changes one of them. */
    static Map<String, String> identities(Path root) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                ids.put(root.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
            }
        }
        return ids;
    }
}
