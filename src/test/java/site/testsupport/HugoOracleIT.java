package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds each fixture site under src/test/resources/sites with real Hugo and checks facts about its output
 * that were verified by hand. The facts document Hugo 0.111.3 (see sites/HUGO-FACTS.md) and guard the harness.
 */
class HugoOracleIT {
    static final Path SITES = Path.of("src/test/resources/sites");
    static final List<String> DUMP_KEYS = List.of("kind", "type", "section", "layout", "title", "linkTitle",
            "description", "permalink", "relPermalink", "date", "lastmod", "publishDate", "expiryDate", "draft",
            "weight", "slug", "aliases", "summary", "truncated", "wordCount", "fuzzyWordCount", "readingTime",
            "tableOfContents", "content", "params", "terms", "pages", "regularPages", "sections",
            "prevInSection", "nextInSection", "file");

    @TempDir static Path out;
    private static final Map<String, HugoSite> BUILT = new HashMap<>();

    @BeforeAll
    static void requireHugo() {
        RealComponent.requireCommand("hugo", "hugo", "version");
    }

    /** Each site is built once per run; tests only read the result. */
    static HugoSite site(String name, String... extraArgs) throws IOException {
        String key = name + String.join(" ", extraArgs);
        HugoSite built = BUILT.get(key);
        if (built == null) {
            built = HugoOracle.build(SITES.resolve(name), out.resolve(key.replaceAll("[^A-Za-z0-9-]", "_")), extraArgs);
            BUILT.put(key, built);
        }
        return built;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // --- the harness itself

    @Test
    void everyHtmlPageIsADumpWithAllKeys() throws IOException {
        HugoSite site = site("pagination");
        assertEquals(site.files().stream().filter(f -> f.endsWith(".html")).count() - site.aliases().size(),
                site.pages().size());
        site.pages().forEach((path, page) -> DUMP_KEYS.forEach(
                key -> assertTrue(page.has(key), path + " lacks " + key)));
    }

    @Test
    void listKindsCarryAPaginatorAndRegularPagesDoNot() throws IOException {
        HugoSite site = site("pagination");
        assertTrue(site.page("/").has("paginator"));
        assertTrue(site.page("/tags/").has("paginator"));
        assertTrue(site.page("/tags/odd/").has("paginator"));
        assertFalse(site.page("/posts/post-01/").has("paginator"));
        assertFalse(site.page("/404.html").has("paginator"));
    }

    @Test
    void loadDumpDirKeysPagesByFolder(@TempDir Path dump) throws IOException {
        java.nio.file.Files.createDirectories(dump.resolve("posts/x"));
        java.nio.file.Files.createDirectories(dump.resolve("404.html"));
        java.nio.file.Files.writeString(dump.resolve("page.json"), "{\"kind\":\"home\"}");
        java.nio.file.Files.writeString(dump.resolve("posts/x/page.json"), "{\"kind\":\"page\"}");
        java.nio.file.Files.writeString(dump.resolve("404.html/page.json"), "{\"kind\":\"404\"}");
        HugoSite site = HugoSite.loadDumpDir(dump);
        assertEquals(Set.of("/", "/posts/x/", "/404.html"), site.pages().keySet());
        assertEquals("page", site.page("/posts/x/").get("kind").asText());
    }

    // --- pagination: 23 posts, paginate = 5

    @Test
    void sectionPagesAreWrittenUnderPageN() throws IOException {
        Set<String> pages = site("pagination").pages().keySet();
        for (int n = 2; n <= 5; n++) assertTrue(pages.contains("/posts/page/" + n + "/"), "page " + n);
        assertFalse(pages.contains("/posts/page/6/"));
    }

    @Test
    void pageOneIsAnAliasOfTheListItself() throws IOException {
        Map<String, String> aliases = site("pagination").aliases();
        assertEquals("https://example.org/posts/", aliases.get("/posts/page/1/"));
        assertEquals("https://example.org/", aliases.get("/page/1/"));
    }

    @Test
    void lastPagerHoldsTheRemainder() throws IOException {
        JsonNode pager = site("pagination").page("/posts/page/5/").get("paginator");
        assertEquals(5, pager.get("pageNumber").asInt());
        assertEquals(23, pager.get("totalNumberOfElements").asInt());
        assertEquals(List.of("https://example.org/posts/post-03/", "https://example.org/posts/post-02/",
                "https://example.org/posts/post-01/"), texts(pager.get("pages")));
        assertEquals("/posts/page/4/", pager.get("prev").asText());
        assertTrue(pager.get("next").isNull());
        assertEquals("/posts/", pager.get("first").asText());
    }

    @Test
    void pagerDumpOfPageTwoIsTheSectionPage() throws IOException {
        JsonNode page = site("pagination").page("/posts/page/2/");
        assertEquals("section", page.get("kind").asText());
        assertEquals("/posts/", page.get("relPermalink").asText());
        assertEquals("https://example.org/posts/post-18/", page.get("paginator").get("pages").get(0).asText());
    }

    @Test
    void homePaginatesAllRegularPages() throws IOException {
        JsonNode pager = site("pagination").page("/").get("paginator");
        assertEquals(26, pager.get("totalNumberOfElements").asInt());
        assertEquals(6, pager.get("totalPages").asInt());
        assertEquals(5, pager.get("pagerSize").asInt());
    }

    @Test
    void sectionFeedListsEveryPostNewestFirst() throws IOException {
        List<RssItem> items = site("pagination").rss("posts/index.xml");
        assertEquals(23, items.size());
        assertEquals("Post 23", items.get(0).title());
        assertEquals("Sat, 23 Mar 2024 09:00:00 +0000", items.get(0).pubDate());
        assertEquals("https://example.org/posts/post-23/", items.get(0).guid());
    }
}
