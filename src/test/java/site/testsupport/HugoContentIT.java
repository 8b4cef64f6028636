package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.testsupport.HugoFixtures.site;
import static site.testsupport.HugoFixtures.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hugo 0.111.3 facts about content: bundles, sections, front matter, taxonomies, sort order and dates. */
@HugoFact
class HugoContentIT {
    static final String ZERO = "0001-01-01T00:00:00Z";

    @BeforeAll
    static void requireHugo() {
        HugoFixtures.requireHugo();
    }

    // --- bundles

    @Test
    void bundleResourcesArePublishedBesideTheirPage() {
        assertTrue(site("bundles")
                .files()
                .containsAll(List.of(
                        "gallery/sunset/sunset.png",
                        "gallery/sunset/exif.txt",
                        "gallery/notes-bundle/notes.txt",
                        "docs/guide/data.csv",
                        "gallery/cover.txt")));
    }

    @Test
    void headlessBundleHasNoPageButItsResourcesArePublished() {
        HugoSite site = site("bundles");
        assertFalse(site.pages().containsKey("/headless-bits/"));
        assertTrue(site.files().contains("headless-bits/snippet.txt"));
    }

    @Test
    void renderNeverKeepsThePageInListsWithAnEmptyPermalink() {
        HugoSite site = site("bundles");
        assertFalse(site.pages().containsKey("/hidden/"));
        assertEquals(List.of(""), texts(site.page("/").get("regularPages")));
        RssItem hidden = site.rss("index.xml").stream()
                .filter(i -> i.title().equals("Hidden but listed"))
                .findFirst()
                .orElseThrow();
        assertEquals("", hidden.link());
    }

    @Test
    void listNeverRendersThePageButLeavesItOutOfListsAndSitemap() {
        HugoSite site = site("bundles");
        assertEquals("page", site.page("/unlisted/").get("kind").asText());
        assertFalse(texts(site.page("/").get("pages")).contains("https://example.org/unlisted/"));
        assertTrue(site.sitemap().stream().noneMatch(e -> e.loc().contains("unlisted")));
    }

    @Test
    void cascadeReachesTheSectionAndItsPagesUnlessOverridden() {
        HugoSite site = site("bundles");
        assertEquals("photo", site.page("/gallery/").get("type").asText());
        assertEquals("photo", site.page("/gallery/sunset/").get("type").asText());
        assertEquals(
                "gallery-banner.png",
                site.page("/gallery/sunset/").get("params").get("banner").asText());
        assertEquals(
                "own-banner.png",
                site.page("/gallery/notes-bundle/").get("params").get("banner").asText());
    }

    @Test
    void nextInSectionPointsToTheNewerPage() {
        JsonNode sunset = site("bundles").page("/gallery/sunset/");
        assertTrue(sunset.get("prevInSection").isNull());
        assertEquals(
                "https://example.org/gallery/notes-bundle/",
                sunset.get("nextInSection").asText());
    }

    // --- nested-sections

    @Test
    void foldersWithIndexFilesAreNestedSections() {
        HugoSite site = site("nested-sections");
        assertEquals(
                List.of("https://example.org/posts/", "https://example.org/archive/"),
                texts(site.page("/").get("sections")));
        assertEquals(
                List.of("https://example.org/posts/2024/"),
                texts(site.page("/posts/").get("sections")));
        assertEquals("posts", site.page("/posts/2024/01/").get("section").asText());
    }

    @Test
    void nestedFoldersWithoutIndexFilesAreNotSections() {
        HugoSite site = site("nested-sections");
        assertFalse(site.pages().containsKey("/posts/2024/02/"));
        assertTrue(texts(site.page("/posts/2024/").get("regularPages"))
                .contains("https://example.org/posts/2024/02/feb/"));
        assertTrue(texts(site.page("/posts/").get("regularPages")).contains("https://example.org/posts/2023/old/"));
    }

    @Test
    void topLevelFolderWithoutIndexIsASectionWithAPluralTitle() {
        JsonNode archive = site("nested-sections").page("/archive/");
        assertEquals("Archives", archive.get("title").asText());
        assertTrue(archive.get("file").isNull());
    }

    // --- frontmatter-formats

    @Test
    void yamlTomlAndJsonFrontMatterGiveTheSameParams() {
        HugoSite site = site("frontmatter-formats");
        for (String name : List.of("yaml", "toml", "json")) {
            JsonNode page = site.page("/posts/" + name + "-page/");
            assertTrue(page.get("params").get("custom").get("nested").asBoolean(), name);
            assertEquals(
                    "Front matter in " + name.toUpperCase(Locale.ROOT),
                    page.get("description").asText());
        }
    }

    @Test
    void draftsFutureExpiredAndUnpublishedPagesAreLeftOut() {
        Set<String> pages = site("frontmatter-formats").pages().keySet();
        for (String name : List.of("draft", "future", "expired", "publish-later")) {
            assertFalse(pages.contains("/posts/" + name + "/"), name);
        }
    }

    @Test
    void buildFlagsBringThemBack() {
        Set<String> pages =
                site("frontmatter-formats", "-D", "-F", "-E").pages().keySet();
        for (String name : List.of("draft", "future", "expired", "publish-later")) {
            assertTrue(pages.contains("/posts/" + name + "/"), name);
        }
    }

    @Test
    void missingDatesAreZeroAndLastmodDefaultsToDate() {
        HugoSite site = site("frontmatter-formats");
        assertEquals(ZERO, site.page("/posts/no-date/").get("date").asText());
        assertEquals(
                "2024-03-01T00:00:00Z",
                site.page("/posts/toml-page/").get("lastmod").asText());
        assertEquals(
                "2024-02-03T12:00:00Z",
                site.page("/posts/json-page/").get("lastmod").asText());
    }

    @Test
    void hugoAddsLowercaseDateKeysToParams() {
        JsonNode params = site("frontmatter-formats").page("/posts/json-page/").get("params");
        assertEquals("2024-02-03T12:00:00Z", params.get("publishdate").asText());
        assertFalse(params.get("iscjklanguage").asBoolean());
        assertFalse(params.has("expirydate"));
    }

    // --- taxonomies

    @Test
    void scalarTermsCountAsOneTermLists() {
        JsonNode terms = site("taxonomies").page("/posts/scalar-tag/").get("terms");
        assertEquals(List.of("https://example.org/tags/go/"), texts(terms.get("tags")));
        assertEquals(List.of("https://example.org/categories/programming/"), texts(terms.get("categories")));
    }

    @Test
    void customTaxonomyHasTaxonomyAndTermPages() {
        HugoSite site = site("taxonomies");
        assertEquals("taxonomy", site.page("/series/").get("kind").asText());
        assertEquals("All the series", site.page("/series/").get("title").asText());
        JsonNode term = site.page("/series/build-a-blog/");
        assertEquals("Build a Blog", term.get("title").asText());
        assertEquals(3, term.get("pages").size());
    }

    @Test
    void termTitleIsTheSpellingOfTheFirstFileByPath() {
        HugoSite site = site("taxonomies");
        assertEquals("Java", site.page("/tags/java/").get("title").asText());
        assertEquals(
                "programming",
                site.page("/categories/programming/").get("title").asText());
    }

    @Test
    void termPageFromContentSuppliesTitleAndDescription() {
        JsonNode go = site("taxonomies").page("/tags/go/");
        assertEquals("The Go language", go.get("title").asText());
        assertEquals("tags/go/_index.md", go.get("file").get("path").asText());
    }

    @Test
    void taxonomyWeightOrdersTheTermPageFirst() {
        assertEquals(
                "https://example.org/posts/weighted/",
                site("taxonomies").page("/tags/go/").get("pages").get(0).asText());
    }

    @Test
    void taxonomyPageListsTermsNewestFirst() {
        assertEquals(
                List.of(
                        "https://example.org/tags/%EC%9E%90%EB%B0%94-%EC%8A%A4%ED%94%84%EB%A7%81/",
                        "https://example.org/tags/java/",
                        "https://example.org/tags/spring-boot/",
                        "https://example.org/tags/go/"),
                texts(site("taxonomies").page("/tags/").get("pages")));
    }

    // --- sorting

    @Test
    void defaultOrderIsWeightThenDateDescThenLinkTitleThenPath() {
        List<String> slugs = texts(site("sorting").page("/posts/").get("pages")).stream()
                .map(p -> p.substring("https://example.org/posts/".length()))
                .toList();
        assertEquals(
                List.of(
                        "negative/",
                        "light/",
                        "heavy/",
                        "newest/",
                        "linked/",
                        "apple/",
                        "banana/",
                        "cherry-a/",
                        "cherry-b/",
                        "upper/",
                        "%ED%95%9C%EA%B8%80/",
                        "undated/"),
                slugs);
    }

    @Test
    void feedUsesTheSameOrderWithWeightsFirst() {
        List<String> titles = site("sorting").rss("posts/index.xml").stream()
                .map(RssItem::title)
                .toList();
        assertEquals(List.of("Negative", "Light", "Heavy", "Newest", "Zulu"), titles.subList(0, 5));
    }

    // --- dates-timezone: timeZone Asia/Seoul, summaryLength 10, [frontmatter] date = [":filename", ":default"]

    @Test
    void datesWithoutOffsetAreReadInTheSiteTimeZone() {
        HugoSite site = site("dates-timezone");
        assertEquals(
                "2024-03-01T09:30:00+09:00",
                site.page("/posts/local-time/").get("date").asText());
        assertEquals(
                "2024-03-02T00:00:00+09:00",
                site.page("/posts/date-only/").get("date").asText());
        assertEquals(
                "2024-03-05T10:00:00+09:00",
                site.page("/posts/quoted/").get("date").asText());
    }

    @Test
    void explicitOffsetsAreKept() {
        HugoSite site = site("dates-timezone");
        assertEquals(
                "2024-03-03T09:30:00+01:00",
                site.page("/posts/with-offset/").get("date").asText());
        assertEquals(
                "2024-03-04T00:00:00Z", site.page("/posts/utc-z/").get("date").asText());
    }

    @Test
    void filenameDateSetsDateAndSlugButNotLastmod() {
        JsonNode hello = site("dates-timezone").page("/posts/hello/");
        assertEquals("2024-01-05T00:00:00+09:00", hello.get("date").asText());
        assertEquals("hello", hello.get("slug").asText());
        assertEquals(ZERO, hello.get("lastmod").asText());
    }

    @Test
    void filenameDateWinsOverFrontMatterWhenListedFirst() {
        JsonNode both = site("dates-timezone").page("/posts/both/");
        assertEquals("2024-01-06T00:00:00+09:00", both.get("date").asText());
        assertEquals("2023-12-31T00:00:00Z", both.get("lastmod").asText());
    }

    @Test
    void summaryKeepsWholeParagraphAndManualSummaryKeepsHtml() {
        HugoSite site = site("dates-timezone");
        JsonNode auto = site.page("/posts/long-summary/");
        assertTrue(auto.get("summary").asText().endsWith("sixteen seventeen."));
        assertTrue(auto.get("truncated").asBoolean());
        assertEquals(
                "<p>Only this part.</p>",
                site.page("/posts/manual-summary/").get("summary").asText());
    }

    @Test
    void feedAndSitemapWriteDatesInTheirOwnOffset() {
        HugoSite site = site("dates-timezone");
        assertEquals(
                "Sat, 09 Mar 2024 10:00:00 +0900",
                site.rss("posts/index.xml").get(0).pubDate());
        assertTrue(site.sitemap().stream().anyMatch(e -> "2024-03-04T00:00:00+00:00".equals(e.lastmod())));
    }

    @Test
    void sitemapLeavesOutZeroLastmod() {
        SitemapEntry hello = site("dates-timezone").sitemap().stream()
                .filter(e -> e.loc().equals("https://example.org/posts/hello/"))
                .findFirst()
                .orElseThrow();
        assertEquals(null, hello.lastmod());
        assertEquals(null, hello.changefreq());
    }
}
