package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.testsupport.HugoFixtures.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness itself: the dump theme turns every page Hugo renders into JSON with all keys, and HugoSite reads
 * Hugo's output and our dump directories into the same shape. Facts about Hugo are in the other Hugo*IT classes.
 */
class HugoOracleIT {
    static final List<String> DUMP_KEYS = List.of("kind", "type", "section", "layout", "title", "linkTitle",
            "description", "permalink", "relPermalink", "date", "lastmod", "publishDate", "expiryDate", "draft",
            "weight", "slug", "aliases", "summary", "truncated", "wordCount", "fuzzyWordCount", "readingTime",
            "tableOfContents", "content", "params", "terms", "pages", "regularPages", "sections",
            "prevInSection", "nextInSection", "file");

    @BeforeAll
    static void requireHugo() {
        HugoFixtures.requireHugo();
    }

    @Test
    void everyFixtureSiteBuildsAndEveryHtmlFileIsADumpOrAnAlias() throws IOException {
        try (var dirs = Files.list(HugoFixtures.SITES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                HugoSite site = site(dir.getFileName().toString());
                // plain .html files of content/ (content-files) are published as they are: neither dumps nor aliases
                long html = site.files().stream().filter(f -> f.endsWith(".html"))
                        .filter(f -> !Files.isRegularFile(dir.resolve("content").resolve(f))).count();
                assertEquals(html, site.pages().size() + site.aliases().size() + site.duplicateTargets().size(),
                        dir.toString());
            }
        }
    }

    @Test
    void everyDumpHasAllKeys() {
        site("pagination").pages().forEach((path, page) -> DUMP_KEYS.forEach(
                key -> assertTrue(page.has(key), path + " lacks " + key)));
    }

    @Test
    void listKindsCarryAPaginatorAndOthersDoNot() {
        HugoSite site = site("pagination");
        assertTrue(site.page("/").has("paginator"));
        assertTrue(site.page("/posts/").has("paginator"));
        assertTrue(site.page("/tags/").has("paginator"));
        assertTrue(site.page("/tags/odd/").has("paginator"));
        assertFalse(site.page("/posts/post-01/").has("paginator"));
        assertFalse(site.page("/404.html").has("paginator"));
    }

    @Test
    void onlyTheHomeDumpCarriesMenusAndSite() {
        HugoSite site = site("pagination");
        assertTrue(site.page("/").has("menus"));
        assertEquals("Pagination", site.page("/").get("site").get("title").asText());
        assertFalse(site.page("/posts/").has("site"));
    }

    @Test
    void loadDumpDirKeysPagesByTheirOutputPath(@TempDir Path dump) throws IOException {
        Files.createDirectories(dump.resolve("posts/안녕"));
        Files.createDirectories(dump.resolve("pages/about-us.html"));
        Files.writeString(dump.resolve("page.json"), "{\"kind\":\"home\"}");
        Files.writeString(dump.resolve("posts/안녕/page.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("pages/about-us.html/page.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("posts/ugly.html.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("404.html.json"), "{\"kind\":\"404\"}");
        HugoSite site = HugoSite.loadDumpDir(dump);
        assertEquals(Set.of("/", "/posts/안녕/", "/pages/about-us.html/", "/posts/ugly.html", "/404.html"),
                site.pages().keySet());
        assertEquals("page", site.page("/posts/안녕/").get("kind").asText());
    }

    @Test
    void failedBuildReportsHugosError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = \"unterminated\n");
        AssertionError error = assertThrows(AssertionError.class,
                () -> HugoOracle.build(dir, dir.resolve("public")));
        assertTrue(error.getMessage().contains("hugo.toml"), error.getMessage());
    }

    @Test
    void duplicateTargetsAreReadFromHugosWarning() {
        String log = "WARN 2026/11/26 13:41:13 Duplicate target paths: /posts/a/index.html (2), /x.html (3)\n";
        assertEquals(Set.of("/posts/a/", "/x.html"), HugoOracle.duplicateTargets(log));
        assertEquals(Set.of(), HugoOracle.duplicateTargets("Total in 22 ms\n"));
    }

    @Test
    void urlPathOfMapsIndexFilesToTheirFolder() {
        assertEquals("/", HugoSite.urlPathOf("index.html"));
        assertEquals("/posts/x/", HugoSite.urlPathOf("posts/x/index.html"));
        assertEquals("/posts/x.html", HugoSite.urlPathOf("posts/x.html"));
    }
}
