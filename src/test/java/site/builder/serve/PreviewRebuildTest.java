package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** Edits on disk reach the served site, each rebuild announced with what changed; failures keep the last good site. */
class PreviewRebuildTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.in(dir)
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\ntags: [a]\n---\nFirst text\n")
                .file("content/posts/other.md", "---\ntitle: Other\ndate: 2024-01-02\n---\nOther text\n")
                .file("static/css/extra.css", "body { color: red }\n");
    }

    @Test
    void aContentEditChangesThePageItsListsAndFeedsAndIsAnnounced() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file(
                    "content/posts/hello.md",
                    "---\ntitle: Hello Again\ndate: 2024-01-01\ntags: [a]\n---\nSecond text\n");
            String event = run.awaitEvent("reload");
            assertTrue(event.contains("\"sources\":[\"content/posts/hello.md\"]"), event);
            assertTrue(event.contains("\"posts/hello/index.html\""), event);
            assertTrue(run.text("/posts/hello/").contains("Second text"));
            assertTrue(run.text("/posts/").contains("Hello Again"));
            assertTrue(run.text("/tags/a/").contains("Hello Again"));
            assertTrue(run.text("/index.xml").contains("<title>Hello Again</title>"));
            assertTrue(
                    run.terminal.stream()
                            .anyMatch(
                                    l -> l.matches(
                                            "Rebuilt in \\d+ ms: \\d+ changed file\\(s\\) \\(\\d+ outputs rendered, \\d+ kept; config \\d+, (edits \\d+, )?content \\d+, .* ms\\)")),
                    run.terminal.toString());
        }
    }

    @Test
    void aBodyEditRendersOnlyTheOutputsThatShowThePage() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\ntags: [a]\n---\nNew body text\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/hello/").contains("New body text"));
            String bodyEdit = lastRebuild(run);
            assertTrue(
                    bodyEdit.matches(
                            "Rebuilt in .*\\(\\d+ outputs rendered, [1-9]\\d* kept; config \\d+, edits \\d+, theme .*"),
                    "the assembled site taken over, only the edited file read: " + bodyEdit);
        }
    }

    private static String lastRebuild(PreviewRun run) {
        List<String> rebuilt =
                run.terminal.stream().filter(l -> l.startsWith("Rebuilt")).toList();
        return rebuilt.get(rebuilt.size() - 1);
    }

    @Test
    void addingAndDeletingAPostAddsAndRemovesItsPage() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file("content/posts/new.md", "---\ntitle: Brand New\ndate: 2024-02-01\n---\nNew text\n");
            assertTrue(run.awaitEvent("reload").contains("\"posts/new/index.html\""));
            assertTrue(run.text("/posts/").contains("Brand New"));
            Files.delete(dir.resolve("content/posts/new.md"));
            String removed = run.awaitEvent("reload");
            assertTrue(removed.contains("\"removed\":[\"posts/new/index.html\"]"), removed);
            assertEquals(404, run.get("/posts/new/").statusCode());
            assertFalse(run.text("/posts/").contains("Brand New"));
        }
    }

    @Test
    void aTemplateEditIsServedWithoutCompilingTheOthersAgain() throws Exception {
        TestSites site = site().file(
                        "layouts/_partials/footer.jte",
                        "@param site.builder.render.PageView page\n<footer class=\"mine\">first footer</footer>\n");
        try (PreviewRun run = PreviewRun.of(dir)) {
            assertTrue(run.text("/posts/hello/").contains("first footer"));
            site.file(
                    "layouts/_partials/footer.jte",
                    "@param site.builder.render.PageView page\n<footer class=\"mine\">second footer</footer>\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/hello/").contains("second footer"));
            String rebuilt = lastRebuild(run);
            assertTrue(
                    rebuilt.matches("Rebuilt in .*\\([1-9]\\d* outputs rendered, [1-9]\\d* kept; .*"),
                    "the pages that render the footer rendered again, the feeds kept: " + rebuilt);
        }
    }

    @Test
    void staticFileDataAndConfigEditsAreServed() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file("static/robots-extra.txt", "hello robots");
            run.awaitEvent("reload");
            assertEquals("hello robots", run.text("/robots-extra.txt"));
            site.file("data/authors.toml", "name = \"Kim\"\n");
            assertTrue(run.awaitEvent("unchanged").contains("data/authors.toml"), "a data edit rebuilds");
            site.file("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Renamed Site\"\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/other/").contains("Renamed Site"));
            assertTrue(run.text("/index.xml").contains("Renamed Site"));
        }
    }

    @Test
    void aNewFolderIsWatchedWithTheFilesAlreadyInIt() throws Exception {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            Path bundle = Files.createDirectories(dir.resolve("content/posts/bundle"));
            Files.writeString(bundle.resolve("index.md"), "---\ntitle: Bundled\ndate: 2024-03-01\n---\nIn a bundle\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/bundle/").contains("In a bundle"));
            Files.writeString(
                    bundle.resolve("index.md"), "---\ntitle: Bundled\ndate: 2024-03-01\n---\nEdited bundle\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/bundle/").contains("Edited bundle"));
        }
    }

    @Test
    void brokenFrontMatterIsAnnouncedWithItsLineWhileTheOldPageIsServedUntilFixed() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file("content/posts/hello.md", "---\ntitle: [\n---\nBroken\n");
            String failed = run.awaitEvent("failed");
            assertTrue(failed.contains("\"file\":\"content/posts/hello.md\",\"line\":2"), failed);
            assertTrue(
                    run.terminal.stream()
                            .anyMatch(l -> l.startsWith("ERROR ") && l.contains("hello.md:2: invalid YAML")),
                    run.terminal.toString());
            assertTrue(run.text("/posts/hello/").contains("First text"), "the last good build is still served");
            assertFalse(run.preview.lastBuildSucceeded());
            site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nFixed text\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/hello/").contains("Fixed text"));
            assertTrue(run.preview.lastBuildSucceeded());
        }
    }

    @Test
    void aSiteThatDoesNotBuildAtFirstIsServedOnceFixed() throws Exception {
        TestSites site = site().file("content/posts/hello.md", "---\ntitle: [\n---\n");
        try (PreviewRun run = PreviewRun.of(dir)) {
            assertEquals(503, run.get("/posts/hello/").statusCode());
            assertTrue(
                    run.text("/").contains("/__site/live.js?build=0"), "the waiting page listens for the first build");
            site.file("content/posts/hello.md", "---\ntitle: Hello\n---\nNow it builds\n");
            run.awaitEvent("reload");
            assertTrue(run.text("/posts/hello/").contains("Now it builds"));
        }
    }

    @Test
    void aStylesheetEditIsAnnouncedAsCssOnly() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            site.file("static/css/extra.css", "body { color: blue }\n");
            String css = run.awaitEvent("css");
            assertTrue(css.contains("\"changed\":[\"css/extra.css\"]"), css);
            assertEquals("body { color: blue }\n", run.text("/css/extra.css"));
        }
    }

    @Test
    void navigateToChangedNamesTheEditedPage() throws Exception {
        TestSites site = site();
        try (PreviewRun run = new PreviewRun(dir, PreviewRun.options(0, true, true))) {
            site.file("content/posts/other.md", "---\ntitle: Other\ndate: 2024-01-02\n---\nChanged\n");
            assertTrue(run.awaitEvent("reload").contains("\"navigate\":\"/posts/other/\""));
        }
    }

    @Test
    void navigateToChangedNamesAnEditedTranslationByItsPath() throws Exception {
        TestSites site = TestSites.in(dir)
                .file("hugo.toml", """
                        baseURL = "https://example.org/"
                        defaultContentLanguage = "ko"
                        [languages.ko]
                          weight = 1
                        [languages.en]
                          weight = 2
                        """)
                .file("content/posts/hi.md", "---\ntitle: 안녕\ndate: 2024-01-01\n---\n본문\n")
                .file("content/posts/hi.en.md", "---\ntitle: Hi\ndate: 2024-01-01\n---\nText\n");
        try (PreviewRun run = new PreviewRun(dir, PreviewRun.options(0, true, true))) {
            site.file("content/posts/hi.en.md", "---\ntitle: Hi\ndate: 2024-01-01\n---\nChanged\n");
            String event = run.awaitEvent("reload");
            assertTrue(event.contains("\"navigate\":\"/en/posts/hi/\""), event);
        }
    }

    @Test
    void aBurstOfSavesIsOneRebuild() throws Exception {
        TestSites site = site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            for (int i = 0; i < 20; i++) site.file("content/posts/p" + i + ".md", "---\ntitle: P" + i + "\n---\n");
            String event = run.awaitEvent("reload");
            Thread.sleep(1_500);
            assertEquals(
                    1,
                    run.terminal.stream()
                            .filter(l -> l.startsWith("Change detected"))
                            .count(),
                    run.terminal.toString());
            assertTrue(event.contains("content/posts/p19.md") && event.contains("content/posts/p0.md"), event);
            assertEquals(200, run.get("/posts/p19/").statusCode());
        }
    }
}
