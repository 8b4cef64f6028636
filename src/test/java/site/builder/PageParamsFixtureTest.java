package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoSite;

/**
 * What a page's .Params holds beside its front matter (draft, isCJKLanguage, the resolved dates) and its dates from
 * date keys under every name Hugo reads, a configured key and the file name; every value is Hugo 0.111.3's for the
 * same site (`--dump-pages`, the dumps the Hugo ITs compare).
 */
class PageParamsFixtureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HugoSite site;
    private BuildResult result;

    private void build() throws IOException {
        TestSites sources = TestSites.bare(dir.resolve("src"));
        SiteFixture.of("""
                        -- hugo.toml --
                        baseURL = "https://example.org/"
                        hasCJKLanguage = true
                        disableKinds = ["RSS", "sitemap"]
                        [frontmatter]
                        date = [":filename", "mydate", ":default"]
                        -- content/posts/p.md --
                        ---
                        title: P
                        date: 2024-01-02
                        modified: 2024-02-03
                        pubdate: 2024-01-01
                        unpublishdate: 2030-01-01
                        tags: [go, "", " "]
                        ---
                        body
                        -- content/posts/ko.md --
                        ---
                        title: Ko
                        ---
                        한국어 본문
                        -- content/posts/kofm.md --
                        ---
                        title: 한국어
                        ---
                        english body
                        -- content/posts/cjkoff.md --
                        ---
                        title: Off
                        isCJKLanguage: false
                        ---
                        한국어 본문
                        -- content/posts/bad.md --
                        ---
                        title: Bad
                        date: 2024-13-45
                        lastmod: yesterday
                        mydate: nope
                        ---
                        body
                        -- content/posts/2024-05-06-named.md --
                        ---
                        title: Named
                        ---
                        body
                        -- content/posts/custom.md --
                        ---
                        title: Custom
                        mydate: 2023-03-03
                        ---
                        body
                        -- content/posts/plain.md --
                        ---
                        title: Plain
                        draft: false
                        ---
                        body
                        """).files().forEach(sources::file);
        Path dumps = dir.resolve("dump");
        result = new SiteBuilder(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), dumps)
                .build(BuildOptions.defaults(sources.root()).withDestination(dir.resolve("public")));
        site = HugoSite.loadDumpDir(dumps);
    }

    private void assertParams(String page, String json) throws IOException {
        assertEquals(JSON.readTree(json), site.page(page).path("params"), page);
    }

    @Test
    void paramsHoldDraftIsCJKLanguageAndTheResolvedDatesUnderHugosNames() throws IOException {
        build();
        assertParams("/posts/p/", """
                {"date": "2024-01-02T00:00:00Z", "draft": false, "expirydate": "2030-01-01T00:00:00Z",
                 "iscjklanguage": false, "lastmod": "2024-02-03T00:00:00Z", "modified": "2024-02-03T00:00:00Z",
                 "pubdate": "2024-01-01T00:00:00Z", "publishdate": "2024-01-01T00:00:00Z", "tags": ["go", "", " "],
                 "title": "P", "unpublishdate": "2030-01-01T00:00:00Z"}""");
        assertParams("/posts/plain/", """
                {"draft": false, "iscjklanguage": false, "title": "Plain"}""");
        JsonNode p = site.page("/posts/p/");
        assertEquals(
                List.of("2024-01-02T00:00:00Z", "2024-02-03T00:00:00Z", "2024-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
                List.of(
                        p.path("date").asText(),
                        p.path("lastmod").asText(),
                        p.path("publishDate").asText(),
                        p.path("expiryDate").asText()));
        assertEquals(
                "https://example.org/tags/go/",
                p.path("terms").path("tags").get(0).asText());
        assertEquals(1, p.path("terms").path("tags").size(), "blank terms are none");
    }

    @Test
    void aPageIsCjkWhenItsFrontMatterOrBodyHasHanHangulOrKanaUnlessItsFrontMatterSaysSo() throws IOException {
        build();
        assertParams("/posts/ko/", """
                {"draft": false, "iscjklanguage": true, "title": "Ko"}""");
        assertParams("/posts/kofm/", """
                {"draft": false, "iscjklanguage": true, "title": "한국어"}""");
        assertEquals(
                "false",
                site.page("/posts/cjkoff/").path("params").path("iscjklanguage").asText());
    }

    @Test
    void datesThatAreNoDatesAreLeftOutWithAWarningAtTheirLine() throws IOException {
        build();
        assertParams("/posts/bad/", """
                {"draft": false, "iscjklanguage": false, "title": "Bad"}""");
        assertEquals(
                "0001-01-01T00:00:00Z", site.page("/posts/bad/").path("date").asText());
        assertEquals(
                List.of("date 3", "lastmod 4", "mydate 5"),
                result.warnings().stream()
                        .filter(w -> w.file().endsWith("bad.md"))
                        .map(w -> w.message().replaceFirst("front matter \"(\\w+)\".*", "$1") + " " + w.line())
                        .sorted()
                        .toList());
    }

    @Test
    void aConfiguredDateKeyAndTheFileNameGiveDatesAndTheFileNameASlug() throws IOException {
        build();
        assertParams("/posts/custom/", """
                {"date": "2023-03-03T00:00:00Z", "draft": false, "iscjklanguage": false,
                 "mydate": "2023-03-03T00:00:00Z", "title": "Custom"}""");
        assertParams("/posts/named/", """
                {"date": "2024-05-06T00:00:00Z", "draft": false, "iscjklanguage": false, "title": "Named"}""");
        assertEquals("named", site.page("/posts/named/").path("slug").asText());
    }

    @Test
    void theNotFoundPageListsEveryPageInTheDefaultOrder() throws IOException {
        build();
        JsonNode notFound = site.page("/404.html");
        assertEquals("https://example.org/404.html", notFound.path("permalink").asText());
        assertEquals("/404.html", notFound.path("relPermalink").asText());
        List<String> regular = List.of("named/", "p/", "custom/", "bad/", "cjkoff/", "ko/", "plain/", "kofm/");
        assertEquals(
                regular.stream().map(p -> "https://example.org/posts/" + p).toList(),
                HugoFixtures.texts(notFound.path("regularPages")));
        assertEquals(
                List.of(
                        "/",
                        "/posts/named/",
                        "/posts/",
                        "/tags/go/",
                        "/posts/p/",
                        "/tags/",
                        "/posts/custom/",
                        "/posts/bad/",
                        "/categories/",
                        "/posts/cjkoff/",
                        "/posts/ko/",
                        "/posts/plain/",
                        "/posts/kofm/"),
                HugoFixtures.texts(notFound.path("pages")).stream()
                        .map(p -> p.substring("https://example.org".length()))
                        .toList());
    }
}
