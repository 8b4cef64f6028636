package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** `site build` end to end: exit codes, messages, and what happens to the output folder. */
class BuildCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStderr err = new CapturedStderr();

    private int build(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "build";
        args[1] = "-s";
        args[2] = dir.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return SiteCommand.run(args);
    }

    private String stderr() {
        return err.text();
    }

    @Test
    void buildsEveryPageKindIntoPublic() {
        TestSites.in(dir).file("content/posts/hello.md", "---\ntitle: Hello\ntags: [a]\ndate: 2024-01-01\n---\nHi\n");
        assertEquals(0, build());
        for (String f : new String[] {
            "index.html",
            "posts/index.html",
            "posts/hello/index.html",
            "tags/index.html",
            "tags/a/index.html",
            "404.html",
            "index.xml",
            "sitemap.xml",
            "assets/css"
        }) {
            assertTrue(Files.exists(dir.resolve("public").resolve(f)), f);
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws Exception {
        TestSites site = TestSites.in(dir).file("content/a.md", "---\ntitle: First\n---\n");
        assertEquals(0, build());
        String before = site.read("public/a/index.html");
        site.file("content/a.md", "---\ntitle: Second\n---\n").file("content/broken.md", "---\ntitle: [\n---\n");
        assertEquals(1, build());
        assertEquals(before, site.read("public/a/index.html"));
        assertTrue(stderr().contains("broken.md:2: invalid YAML"), stderr());
    }

    @Test
    void staleFilesStayUnlessCleanDestinationDirIsGiven() {
        TestSites site =
                TestSites.in(dir).file("content/a.md", "---\ntitle: A\n---\n").file("public/stale.txt", "old");
        assertEquals(0, build());
        assertTrue(Files.exists(dir.resolve("public/stale.txt")));
        assertEquals(0, build("--cleanDestinationDir"));
        assertFalse(Files.exists(dir.resolve("public/stale.txt")));
        assertTrue(site.read("public/a/index.html").contains("A"));
    }

    @Test
    void twoPagesWithOneUrlWarnAndStrictMakesItAnError() {
        TestSites.in(dir)
                .file("content/posts/a.md", "---\ntitle: A\nslug: same\n---\n")
                .file("content/posts/b.md", "---\ntitle: B\nslug: same\n---\n");
        assertEquals(0, build());
        assertTrue(stderr().contains("duplicate target path /posts/same/index.html"), stderr());
        assertTrue(stderr().contains("posts/a.md"), stderr());
        assertTrue(new String(readOrEmpty("public/posts/same/index.html"), StandardCharsets.UTF_8).contains(">B<"));
        assertEquals(1, build("--strict"));
    }

    @Test
    void commandLineFlagsOverrideTheConfig() {
        TestSites site = TestSites.in(dir).file("content/d.md", "---\ntitle: Draft\ndraft: true\n---\n");
        assertEquals(0, build("-D", "-b", "https://other.example/", "-d", "out"));
        assertTrue(site.read("out/d/index.html").contains("https://other.example/d/"));
    }

    @Test
    void aHugoThemeFallsBackToTheBuiltInThemeWithOneNotice() {
        TestSites.in(dir)
                .file("hugo.toml", "title = \"t\"\ntheme = \"PaperMod\"\n")
                .file("content/a.md", "hi\n")
                .file("layouts/partials/extend_head.html", "{{ .Title }}");
        assertEquals(0, build());
        assertTrue(stderr().contains("theme \"PaperMod\": using the built-in theme \"paper\""), stderr());
        assertTrue(
                stderr().contains("skipped Go templates (site uses jte templates): partials/extend_head.html"),
                stderr());
    }

    @Test
    void siteAloneOrWithOnlyFlagsBuildsAsHugoAloneDoes() {
        assertEquals(java.util.List.of("build"), java.util.List.of(SiteCommand.hugoAlone(new String[0])));
        assertEquals(
                java.util.List.of("build", "--minify"),
                java.util.List.of(SiteCommand.hugoAlone(new String[] {"--minify"})));
        assertEquals(java.util.List.of("--help"), java.util.List.of(SiteCommand.hugoAlone(new String[] {"--help"})));
        assertEquals(
                java.util.List.of("api", "--port", "1"),
                java.util.List.of(SiteCommand.hugoAlone(new String[] {"api", "--port", "1"})));
        TestSites.in(dir).file("content/a.md", "---\ntitle: A\n---\n");
        assertEquals(0, SiteCommand.run("-s", dir.toString(), "--minify"));
        assertTrue(Files.exists(dir.resolve("public/a/index.html")));
    }

    @Test
    void hugoFlagsThatMeanNothingHereAreAcceptedWithOneNoticeEach() {
        TestSites.in(dir).file("content/a.md", "---\ntitle: A\n---\n");
        assertEquals(
                0,
                build(
                        "--gc",
                        "--cacheDir",
                        dir.resolve("cache").toString(),
                        "--noBuildLock",
                        "--enableGitInfo",
                        "--logLevel",
                        "info"));
        for (String flag : new String[] {"--gc:", "--cacheDir:", "--noBuildLock:", "--enableGitInfo:"}) {
            assertTrue(stderr().contains("NOTICE " + flag), flag + " in " + stderr());
        }
    }

    @Test
    void quietPrintsOnlyWarningsAndErrorLevelHidesWarnings() {
        TestSites.in(dir)
                .file("hugo.toml", "title = \"t\"\ntheme = \"PaperMod\"\n[outputs]\nhome = [\"HTML\", \"AMP\"]\n")
                .file("content/a.md", "---\ntitle: A\n---\n");
        assertEquals(0, build("--quiet", "--gc"));
        assertFalse(stderr().contains("NOTICE"), stderr());
        assertTrue(stderr().contains("WARN  outputs.home: output format \"AMP\""), stderr());
        err.reset();
        assertEquals(0, build("--logLevel", "error"));
        assertFalse(stderr().contains("WARN"), stderr());
    }

    @Test
    void configNamesTheConfigFilesLaterOnesWinning() {
        TestSites site = TestSites.in(dir)
                .file("hugo.toml", "title = \"root\"\n")
                .file("a.toml", "title = \"A\"\nbaseURL = \"https://a.example/\"\n")
                .file("b.yaml", "title: B\n")
                .file("content/a.md", "---\ntitle: A\n---\n");
        assertEquals(0, build("--config", "a.toml,b.yaml"));
        assertTrue(site.read("public/index.html").contains("<title>B</title>"), site.read("public/index.html"));
        assertTrue(site.read("public/index.html").contains("https://a.example/"));
    }

    private byte[] readOrEmpty(String path) {
        try {
            return Files.readAllBytes(dir.resolve(path));
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }
}
