package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.BuildFailedException;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.testsupport.HugoFixtures;

/**
 * Settings of the wrong type, built by real Hugo 0.111.3 and by site: both fail, or both write the same
 * robots.txt, feeds, pages and taxonomy pages (the files these settings decide), or cut the same summary. Hugo's
 * templates read the menus as a theme's header does, since Hugo reports broken menus only when a template reads them.
 */
class ConfigTypesVsHugoIT {
    private static final List<String> WATCHED = List.of(
            "robots.txt",
            "index.xml",
            "tags/index.html",
            "tags/go/index.html",
            "posts/index.xml",
            "posts/a/index.html",
            "posts/a.html",
            "posts/draft/index.html",
            "posts/future/index.html",
            "en/posts/index.xml");

    @BeforeAll
    static void hugo() {
        HugoFixtures.requireHugo();
    }

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("hugo.toml", "enableRobotsTXT = \"yes\"\n"),
                Arguments.of("hugo.toml", "enableRobotsTXT = \"T\"\n"),
                Arguments.of("hugo.toml", "enableRobotsTXT = 1\n"),
                Arguments.of("hugo.yaml", "enableRobotsTXT: 1\n"),
                Arguments.of("hugo.json", "{\"enableRobotsTXT\": 1}\n"),
                Arguments.of("hugo.toml", "buildDrafts = \"yes\"\n"),
                Arguments.of("hugo.toml", "buildDrafts = \"T\"\n"),
                Arguments.of("hugo.yaml", "buildFuture: 1\n"),
                Arguments.of("hugo.toml", "buildFuture = 1\n"),
                Arguments.of("hugo.yaml", "defaultContentLanguageInSubdir: 1\n"),
                Arguments.of("hugo.toml", "defaultContentLanguageInSubdir = \"true\"\n"),
                Arguments.of("hugo.toml", "uglyURLs = \"true\"\n"),
                Arguments.of("hugo.toml", "uglyURLs = 1\n"),
                Arguments.of("hugo.yaml", "uglyURLs: 1\n"),
                Arguments.of("hugo.toml", "taxonomies = \"tags\"\n"),
                Arguments.of("hugo.toml", "[taxonomies]\ntag = [\"a\"]\n"),
                Arguments.of("hugo.toml", "disableKinds = \"RSS home\"\n"),
                Arguments.of("hugo.toml", "summaryLength = \"ten\"\nparams = \"x\"\n"),
                Arguments.of("hugo.toml", "[menu]\nmain = \"x\"\n"),
                Arguments.of("hugo.toml", "[menu.main]\nname = \"a\"\nurl = \"/a/\"\n"),
                Arguments.of("hugo.toml", "[languages]\nen = \"x\"\n"),
                Arguments.of("hugo.toml", "[markup.goldmark.renderer]\nunsafe = \"yes\"\n"),
                Arguments.of("hugo.toml", "[markup.goldmark.renderer]\nunsafe = 1\n"),
                Arguments.of("hugo.toml", "[markup.tableOfContents]\nstartLevel = \"two\"\n"),
                Arguments.of("hugo.toml", "[markup.tableOfContents]\nstartLevel = \"3\"\n"),
                Arguments.of("hugo.toml", "[markup]\ngoldmark = \"x\"\n"),
                Arguments.of("hugo.toml", "markup = \"x\"\n"),
                Arguments.of("hugo.toml", "title = \"x\"\ntitle = \"y\"\n"),
                Arguments.of("hugo.yaml", "title: x\ntags: [a, b\n"),
                Arguments.of("hugo.json", "{\"title\": \"x\",\n}\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("configs")
    void buildsOrFailsAsHugoDoes(String file, String config, @TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        TestSites.bare(site)
                .file(file, config)
                .file("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [go]\n---\nOne. Two. Three.\n")
                .file("content/posts/future.md", "---\ntitle: F\ndate: 2999-01-01\n---\nLater.\n")
                .file("content/posts/draft.md", "---\ntitle: D\ndate: 2024-01-02\ndraft: true\n---\nDraft.\n")
                .file("layouts/_default/single.html", "{{ .Title }}")
                .file("layouts/_default/list.html", "{{ .Title }}")
                // reads the menus, as every theme's header does: Hugo reports broken menus only then
                .file("layouts/index.html", "{{ .Title }}{{ range site.Menus.main }}{{ .Name }}{{ end }}");
        assertEquals(hugo(site, dir.resolve("hugo")), ours(site, dir.resolve("site-out")), config);
    }

    /** Hugo cuts after summaryLength words at the end of the sentence; "ten" is 0 and true is 1 to its cast library. */
    @ParameterizedTest(name = "summaryLength = {0}")
    @ValueSource(strings = {"\"ten\"", "\"3\"", "\"0x4\"", "true", "2.9"})
    void aSummaryLengthOfTheWrongTypeCutsTheSummaryWhereHugoDoes(String value, @TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 30; i++) body.append("Word").append(i).append(". ");
        TestSites.bare(site)
                .file("hugo.toml", "summaryLength = " + value + "\n")
                .file(
                        "content/posts/a.md",
                        "---\ntitle: A\n---\n" + body.toString().strip() + "\n")
                .file("layouts/_default/single.html", "{{ .Summary }}")
                .file("layouts/_default/list.html", "{{ .Title }}");
        assertNotEquals("fails", hugo(site, dir.resolve("hugo")), "hugo failed");
        String hugoSummary =
                Files.readString(dir.resolve("hugo/posts/a/index.html")).strip();
        Path dump = dir.resolve("dump");
        new SiteBuilder(Clock.systemUTC(), dump)
                .build(BuildOptions.defaults(site).withDestination(dir.resolve("site-out")));
        String ours = new ObjectMapper()
                .readTree(dump.resolve("posts/a/page.json").toFile())
                .path("summary")
                .asText()
                .strip();
        assertEquals(hugoSummary, ours);
    }

    /** "fails", or which of the watched files Hugo wrote. */
    private static String hugo(Path site, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("hugo", "--source", site.toString(), "--destination", out.toString(), "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("hugo did not finish");
        }
        return p.exitValue() != 0 ? "fails" : written(out);
    }

    private static String ours(Path site, Path out) {
        try {
            new SiteBuilder(Clock.systemUTC(), null)
                    .build(BuildOptions.defaults(site).withDestination(out));
            return written(out);
        } catch (BuildFailedException e) {
            return "fails";
        }
    }

    private static String written(Path out) {
        return WATCHED.stream()
                .filter(f -> Files.isRegularFile(out.resolve(f)))
                .toList()
                .toString();
    }
}
