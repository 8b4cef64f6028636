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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness with Hugo: the dump theme turns every page Hugo renders into JSON with all keys, and a failed Hugo
 * build is reported. Facts about Hugo are in the other Hugo*IT classes; HugoSiteTest reads dumps without Hugo.
 */
@HugoFact
class HugoOracleIT {
    static final List<String> DUMP_KEYS = List.of(
            "kind",
            "type",
            "section",
            "layout",
            "title",
            "linkTitle",
            "description",
            "permalink",
            "relPermalink",
            "date",
            "lastmod",
            "publishDate",
            "expiryDate",
            "draft",
            "weight",
            "slug",
            "aliases",
            "summary",
            "truncated",
            "wordCount",
            "fuzzyWordCount",
            "readingTime",
            "tableOfContents",
            "content",
            "params",
            "terms",
            "pages",
            "regularPages",
            "sections",
            "prevInSection",
            "nextInSection",
            "file");

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
                long html = site.files().stream()
                        .filter(f -> f.endsWith(".html"))
                        .filter(f -> !Files.isRegularFile(dir.resolve("content").resolve(f)))
                        .count();
                assertEquals(
                        html,
                        site.pages().size()
                                + site.aliases().size()
                                + site.duplicateTargets().size(),
                        dir.toString());
            }
        }
    }

    @Test
    void everyDumpHasAllKeys() {
        site("pagination")
                .pages()
                .forEach((path, page) -> DUMP_KEYS.forEach(key -> assertTrue(page.has(key), path + " lacks " + key)));
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
    void failedBuildReportsHugosError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = \"unterminated\n");
        AssertionError error = assertThrows(AssertionError.class, () -> HugoOracle.build(dir, dir.resolve("public")));
        assertTrue(error.getMessage().contains("hugo.toml"), error.getMessage());
    }
}
