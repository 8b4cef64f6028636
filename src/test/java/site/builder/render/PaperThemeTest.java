package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;

/** The bundled theme reads PaperMod's params and shows what they ask for (beyond the outline test's reach). */
class PaperThemeTest {
    @TempDir Path src;
    @TempDir Path out;
    TestSites site;

    @BeforeEach
    void site() {
        site = TestSites.bare(src).file("hugo.toml", """
                baseURL = "https://example.org/"
                title = "T"
                [outputs]
                home = ["HTML", "RSS", "JSON"]
                [params]
                mainSections = ["posts"]
                DateFormat = "2006.01.02"
                ShowReadingTime = true
                ShowPostNavLinks = true
                ShowToc = true
                TocOpen = true
                defaultTheme = "dark"
                disableThemeToggle = true
                """)
                .file("content/posts/a.md", "---\ntitle: A\ndate: 2023-12-30\n---\nfirst\n\n## One\n")
                .file("content/posts/b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nsecond\n")
                .file("content/posts/c.md", "---\ntitle: C\ndate: 2024-01-20\nsearchHidden: true\n---\nthird\n")
                .file("content/about.md", "---\ntitle: About\ndate: 2024-02-01\n---\nabout\n")
                .file("content/search.md", "---\ntitle: Search\nlayout: search\n---\n")
                .file("content/archives.md", "---\ntitle: Archives\nlayout: archives\n---\n");
    }

    private Document build(String page) throws IOException {
        new SiteBuilder(Clock.systemUTC(), null).build(new BuildOptions(src, out, null, null, null, null, null, null, null, null));
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    @Test
    void postMetaUsesTheDateFormatAndReadingTime() throws IOException {
        assertEquals("2024.01.02 · 1 min", build("posts/b/index.html").selectFirst(".post-meta").text());
    }

    @Test
    void prevAndNextFollowTheMainSectionsNewestFirst() throws IOException {
        Document b = build("posts/b/index.html");
        assertEquals("https://example.org/posts/c/", b.selectFirst(".paginav a.prev").attr("href"));
        assertEquals("https://example.org/posts/a/", b.selectFirst(".paginav a.next").attr("href"));
    }

    @Test
    void tocOpensWhenAskedAndDarkThemeNeedsNoScriptWithoutToggle() throws IOException {
        Document a = build("posts/a/index.html");
        assertTrue(a.selectFirst(".toc details").hasAttr("open"));
        assertEquals(List.of("dark"), List.copyOf(a.body().classNames()));
        assertEquals(null, a.getElementById("theme-toggle"));
        assertEquals(2, a.body().select("script").size(), "navigation and scroll-to-top, no theme scripts");
    }

    @Test
    void archivesGroupMainSectionPagesByYearAndMonth() throws IOException {
        Document archive = build("archives/index.html");
        assertEquals(List.of("2024 2", "2023 1"), archive.select(".archive-year-header").eachText());
        assertEquals(List.of("January 2", "December 1"), archive.select(".archive-month-header").eachText());
        assertEquals(List.of("C", "B", "A"), archive.select(".archive-entry-title").eachText());
    }

    @Test
    void archiveMonthsAreNamedInTheContentLanguageLikeHugo() throws IOException {
        Path config = src.resolve("hugo.toml");
        Files.writeString(config, "defaultContentLanguage = \"ko\"\nlanguageCode = \"ko-kr\"\n" + Files.readString(config));
        assertEquals(List.of("1월 2", "12월 1"), build("archives/index.html").select(".archive-month-header").eachText());
    }

    @Test
    void searchIndexLeavesOutSearchArchivesAndHiddenPages() throws IOException {
        build("index.html");
        String index = Files.readString(out.resolve("index.json"), StandardCharsets.UTF_8);
        List<String> titles = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index).findValuesAsText("title");
        assertEquals(List.of("About", "B", "A"), titles);
    }

    @Test
    void searchPageLoadsTheIndexAndTheScript() throws IOException {
        Document search = build("search/index.html");
        assertEquals("/index.json", search.selectFirst("link[rel=preload][as=fetch]").attr("href"));
        assertEquals("/js/search.js", search.selectFirst("head script[src]").attr("src"));
        assertTrue(Files.exists(out.resolve("js/search.js")));
    }

    @Test
    void extendedCssComesAfterTheThemeStylesheet() throws IOException {
        site.file("assets/css/extended/b.css", ".b{color:red}\n").file("assets/css/extended/a.css", ".a{color:blue}\n");
        Element head = build("index.html").head();
        Element style = head.selectFirst("style");
        assertEquals(".a{color:blue}\n\n.b{color:red}", style.data());
        assertTrue(head.selectFirst("link[rel='preload stylesheet']").elementSiblingIndex() < style.elementSiblingIndex());
    }

    @Test
    void paperModShortcodesRender() throws IOException {
        site.file("content/posts/d.md", "---\ntitle: D\ndate: 2022-01-01\n---\n"
                + "{{< collapse summary=\"More **info**\" >}}Hidden *text*{{< /collapse >}}\n\n"
                + "{{< inTextImg url=\"/i.png\" alt=\"icon\" >}}\n\n"
                + "{{< rtl >}}שלום{{< /rtl >}}\n\n"
                + "{{< rawhtml >}}<span class=\"raw\">x</span>{{< /rawhtml >}}\n");
        Element content = build("posts/d/index.html").selectFirst(".post-content");
        assertEquals("<summary>More <strong>info</strong></summary>Hidden <em>text</em>", content.selectFirst("details").html().replace("\n", ""));
        assertEquals("<img class=\"in-text\" height=\"15\" src=\"/i.png\" alt=\"icon\">", content.selectFirst("img.in-text").outerHtml());
        assertEquals("שלום", content.selectFirst("div[dir=rtl]").text());
        assertEquals("x", content.selectFirst("span.raw").text());
    }

    @Test
    void theSitesI18nFileOverridesTheThemesStrings() throws IOException {
        site.file("i18n/en.toml", "[read_time]\nother = \"{{ .Count }} minutes to read\"\n");
        assertEquals("2024.01.02 · 1 minutes to read", build("posts/b/index.html").selectFirst(".post-meta").text());
    }
}
