package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.testsupport.HugoFixtures.site;
import static site.testsupport.HugoFixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hugo 0.111.3 facts about paginators, feeds, extra outputs, menus and config loading. */
@HugoFact
class HugoListsAndFeedsIT {

    @BeforeAll
    static void requireHugo() {
        HugoFixtures.requireHugo();
    }

    // --- pagination: 23 posts + 3 notes, paginate = 5

    @Test
    void sectionPagersAreWrittenUnderPageN() {
        Set<String> pages = site("pagination").pages().keySet();
        for (int n = 2; n <= 5; n++) assertTrue(pages.contains("/posts/page/" + n + "/"), "page " + n);
        assertFalse(pages.contains("/posts/page/6/"));
    }

    @Test
    void pageOneIsAnAliasOfTheListItself() {
        Map<String, String> aliases = site("pagination").aliases();
        assertEquals("https://example.org/posts/", aliases.get("/posts/page/1/"));
        assertEquals("https://example.org/", aliases.get("/page/1/"));
        assertEquals("https://example.org/tags/odd/", aliases.get("/tags/odd/page/1/"));
    }

    @Test
    void lastPagerHoldsTheRemainder() {
        JsonNode pager = site("pagination").page("/posts/page/5/").get("paginator");
        assertEquals(5, pager.get("pageNumber").asInt());
        assertEquals(23, pager.get("totalNumberOfElements").asInt());
        assertEquals(
                List.of(
                        "https://example.org/posts/post-03/",
                        "https://example.org/posts/post-02/",
                        "https://example.org/posts/post-01/"),
                texts(pager.get("pages")));
        assertEquals("/posts/page/4/", pager.get("prev").asText());
        assertTrue(pager.get("next").isNull());
        assertEquals("/posts/", pager.get("first").asText());
    }

    @Test
    void pagerPageDumpsTheSectionItself() {
        JsonNode page = site("pagination").page("/posts/page/2/");
        assertEquals("section", page.get("kind").asText());
        assertEquals("/posts/", page.get("relPermalink").asText());
        assertEquals(
                "https://example.org/posts/post-18/",
                page.get("paginator").get("pages").get(0).asText());
    }

    @Test
    void homePaginatesAllRegularPagesOfTheSite() {
        JsonNode pager = site("pagination").page("/").get("paginator");
        assertEquals(26, pager.get("totalNumberOfElements").asInt());
        assertEquals(6, pager.get("totalPages").asInt());
        assertEquals(5, pager.get("pagerSize").asInt());
    }

    @Test
    void sectionPaginatesItsRegularPagesNotItsSubSections() {
        JsonNode pager = site("nested-sections").page("/posts/").get("paginator");
        assertEquals(
                List.of("https://example.org/posts/top/", "https://example.org/posts/2023/old/"),
                texts(pager.get("pages")));
        assertEquals(3, site("nested-sections").page("/posts/").get("pages").size());
    }

    @Test
    void sectionFeedListsEveryPostByDefault() {
        List<RssItem> items = site("pagination").rss("posts/index.xml");
        assertEquals(23, items.size());
        assertEquals("Post 23", items.get(0).title());
        assertEquals("Sat, 23 Mar 2024 09:00:00 +0000", items.get(0).pubDate());
        assertEquals("https://example.org/posts/post-23/", items.get(0).guid());
    }

    // --- pagination-new-keys: hugo.yaml with only [pagination] pagerSize = 3, path = "seite"

    @Test
    void hugo0111IgnoresThePaginationTable() {
        HugoSite site = site("pagination-new-keys");
        assertEquals(10, site.page("/").get("paginator").get("pagerSize").asInt());
        assertTrue(site.pages().containsKey("/posts/page/2/"));
        assertTrue(site.files().stream().noneMatch(f -> f.contains("seite")));
    }

    // --- outputs-feeds: rssLimit = 3, enableRobotsTXT, home outputs HTML+RSS+JSON, section only HTML

    @Test
    void rssLimitCapsFeedItems() {
        assertEquals(
                List.of("Entry 5", "Entry 4", "Entry 3"),
                site("outputs-feeds").rss("index.xml").stream()
                        .map(RssItem::title)
                        .toList());
    }

    @Test
    void rssDescriptionIsTheEscapedSummaryNotTheDescriptionParam() {
        RssItem first = site("outputs-feeds").rss("index.xml").get(0);
        assertEquals(
                "<p>Body text of entry 5 with <strong>bold</strong> &amp; <!-- raw HTML omitted -->html"
                        + "<!-- raw HTML omitted -->.</p>",
                first.description());
    }

    @Test
    void sectionWithoutRssOutputHasNoFeed() {
        Set<String> files = site("outputs-feeds").files();
        assertFalse(files.contains("posts/index.xml"));
        assertTrue(files.contains("tags/index.xml"));
    }

    @Test
    void homeJsonOutputUsesTheIndexJsonTemplate() {
        assertEquals(
                "[\"https://example.org/posts/entry-5/\",\"https://example.org/posts/entry-4/\","
                        + "\"https://example.org/posts/entry-3/\",\"https://example.org/posts/entry-2/\","
                        + "\"https://example.org/posts/entry-1/\",\"https://example.org/posts/plain/\"]",
                site("outputs-feeds").text("index.json"));
    }

    @Test
    void robotsTxtIsOneLineWithoutNewline() {
        assertEquals("User-agent: *", site("outputs-feeds").text("robots.txt"));
        assertFalse(site("pagination").files().contains("robots.txt"));
    }

    // --- menus: hugo.json config menus plus front matter entries

    @Test
    void configAndFrontMatterEntriesMergeSortedByWeight() {
        JsonNode main = site("menus").page("/").get("menus").get("main");
        assertEquals(List.of("Home", "About", "Docs", "GitHub"), names(main));
        assertEquals(5, main.get(1).get("weight").asInt());
        assertEquals("/about/", main.get(1).get("url").asText());
        assertEquals("/docs/", main.get(2).get("url").asText());
    }

    @Test
    void frontMatterChildrenHangUnderTheirParent() {
        JsonNode docs = site("menus").page("/").get("menus").get("main").get(2);
        assertEquals(List.of("Install", "Configuration"), names(docs.get("children")));
        assertEquals("docs", docs.get("children").get(0).get("parent").asText());
    }

    @Test
    void frontMatterEntryNamedLikeAConfigEntryIsDropped() {
        JsonNode footer = site("menus").page("/").get("menus").get("footer");
        assertEquals(List.of("Contact", "Privacy", "Contact"), names(footer));
        assertEquals("contact-page", footer.get(2).get("identifier").asText());
        assertEquals(2, footer.get(1).get("weight").asInt());
    }

    // --- config-dirs: config/_default + config/production (+ staging)

    @Test
    void productionEnvironmentIsTheDefaultForBuilds() {
        JsonNode site = site("config-dirs").page("/").get("site");
        assertEquals("https://prod.example.org/", site.get("baseURL").asText());
        assertEquals("Config dirs (production)", site.get("title").asText());
        assertTrue(site.get("params").get("showtoc").asBoolean());
        assertEquals("Default Author", site.get("params").get("author").asText());
    }

    @Test
    void environmentFlagPicksItsDirectory() {
        JsonNode site =
                site("config-dirs", "--environment", "staging").page("/").get("site");
        assertEquals("https://staging.example.org/", site.get("baseURL").asText());
        assertEquals("Config dirs (default)", site.get("title").asText());
        assertFalse(site.get("params").get("showtoc").asBoolean());
    }

    @Test
    void paginatePathRenamesPagerFolders() {
        HugoSite site = site("config-dirs");
        assertTrue(site.pages().containsKey("/notes/seite/3/"));
        assertEquals("/seite/2/", site.page("/").get("paginator").get("next").asText());
        assertEquals("https://prod.example.org/notes/", site.aliases().get("/notes/seite/1/"));
    }

    private static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.get("name").asText()));
        return names;
    }
}
