package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.common.LocatedError;

/**
 * Input that would publish a file the site does not own, or overwrite a page: symbolic links in the sources,
 * and url, slug or term values that are not a path below the site root. Each is a located warning or error.
 */
class UnsafeSourcesTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(dir));
    }

    private List<String> errors() {
        BuildFailedException e = assertThrows(BuildFailedException.class, this::build);
        assertFalse(Files.exists(dir.resolve("public/index.html")), "a failed build publishes nothing");
        return e.errors().stream().map(LocatedError::toString).toList();
    }

    private String page(String frontMatter) {
        return "---\ntitle: X\n" + frontMatter + "\n---\nbody\n";
    }

    @Test
    void linksInStaticAndContentAreNotFollowedAndEachIsNamed() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        TestSites.in(dir)
                .file("content/a.md", page(""))
                .file("static/ok.txt", "ok")
                .file("content/bundle/index.md", page(""));
        Files.createSymbolicLink(dir.resolve("static/passwd.txt"), secret);
        Files.createSymbolicLink(dir.resolve("content/linked.md"), dir.resolve("content/a.md"));
        Files.createSymbolicLink(dir.resolve("content/bundle/key.txt"), secret);
        Files.createSymbolicLink(dir.resolve("static/dir"), dir.resolve("content"));
        BuildResult result = build();
        String why = ": symbolic link not followed: its target is not published";
        assertEquals(
                List.of(
                        dir.resolve("content/bundle/key.txt") + why,
                        dir.resolve("content/linked.md") + why,
                        dir.resolve("static/dir") + why,
                        dir.resolve("static/passwd.txt") + why),
                result.warnings().stream().map(LocatedError::toString).sorted().toList());
        assertEquals("ok", Files.readString(dir.resolve("public/ok.txt")));
        for (String notPublished : new String[] {"passwd.txt", "dir", "linked/index.html", "bundle/key.txt"}) {
            assertFalse(Files.exists(dir.resolve("public").resolve(notPublished)), notPublished);
        }
    }

    @Test
    void aDanglingLinkInContentIsSkippedWithOneWarningAndTheSiteBuilds() throws IOException {
        TestSites.in(dir).file("content/posts/a.md", page("")).file("content/image/ok.png", "png");
        Files.createSymbolicLink(dir.resolve("content/image/gone.png"), dir.resolve("nowhere.png"));
        BuildResult result = build();
        assertEquals(
                List.of(dir.resolve("content/image/gone.png")
                        + ": symbolic link not followed: its target is not published"),
                result.warnings().stream().map(LocatedError::toString).toList());
        assertEquals("png", Files.readString(dir.resolve("public/image/ok.png")));
        assertTrue(Files.exists(dir.resolve("public/posts/a/index.html")));
    }

    @Test
    void aPlainFileInContentWhereAPageIsWrittenLosesWithAWarning() throws IOException {
        TestSites.in(dir).file("content/posts/a.md", page("")).file("content/posts/index.html", "<html>old</html>");
        BuildResult result = build();
        assertEquals(
                List.of(dir.resolve("content/posts/index.html")
                        + ": not published: section page posts writes /posts/index.html"),
                result.warnings().stream().map(LocatedError::toString).toList());
        assertTrue(Files.readString(dir.resolve("public/posts/index.html")).contains("<title>Posts"));
    }

    @Test
    void urlsWithDotSegmentsOrNulAreLocatedErrorsNotStackTraces() {
        TestSites.in(dir)
                .file("content/dot.md", page("url: ."))
                .file("content/up.md", page("url: ../../etc"))
                .file("content/nul.md", page("url: \"a\\0b\""))
                .file("content/slug.md", page("slug: ../.."))
                .file("content/tag.md", page("date: 2024-01-01\ntags: [ok, \"..\"]"));
        String rule = "segment: an output path must name a page below the site root, not a folder above or at it";
        assertEquals(
                List.of(
                        dir.resolve("content/dot.md") + ":3: url \".\" has a \".\" " + rule,
                        dir.resolve("content/nul.md")
                                + ":3: url \"a\\0b\" contains a NUL character, which no file name can hold",
                        dir.resolve("content/slug.md") + ":3: slug \"../..\" has a \"..\" " + rule,
                        dir.resolve("content/tag.md") + ":4: tags \"..\" has a \"..\" " + rule,
                        dir.resolve("content/up.md") + ":3: url \"../../etc\" has a \"..\" " + rule),
                errors());
    }

    @Test
    void aPageOnTheHomePageOrASectionsPathIsALocatedError() {
        TestSites.in(dir)
                .file("content/posts/root.md", page("url: /"))
                .file("content/posts/list.md", page("url: /posts/"))
                .file("content/posts/fine.md", page(""));
        assertEquals(
                List.of(
                        dir.resolve("content/posts/list.md")
                                + ":3: output path /posts/index.html is the section page posts's;"
                                + " change this page's url or slug",
                        dir.resolve("content/posts/root.md") + ":3: output path /index.html is the home page's;"
                                + " change this page's url or slug"),
                errors().stream().sorted().toList());
    }
}
