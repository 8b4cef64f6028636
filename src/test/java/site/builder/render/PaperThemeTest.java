package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.builder.config.BuildOptions;

/** The bundled theme reads PaperMod's params and shows what they ask for (beyond the outline test's reach). */
class PaperThemeTest {
    @TempDir
    Path src;

    @TempDir
    Path out;

    TestSites site;

    @BeforeEach
    void site() {
        site = TestSites.bare(src)
                .file("hugo.toml", """
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

    private Document read(String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    private Document build(String page) throws IOException {
        site.buildTo(out);
        return read(page);
    }

    @Test
    void postMetaUsesTheDateFormatAndReadingTime() throws IOException {
        assertEquals(
                "2024.01.02 · 1 min",
                build("posts/b/index.html").selectFirst(".post-meta").text());
    }

    @Test
    void prevAndNextFollowTheMainSectionsNewestFirst() throws IOException {
        Document b = build("posts/b/index.html");
        assertEquals(
                "https://example.org/posts/c/", b.selectFirst(".paginav a.prev").attr("href"));
        assertEquals(
                "https://example.org/posts/a/", b.selectFirst(".paginav a.next").attr("href"));
    }

    @Test
    void tocOpensWhenAskedAndDarkThemeNeedsNoScriptWithoutToggle() throws IOException {
        Document a = build("posts/a/index.html");
        assertTrue(a.selectFirst(".toc details").hasAttr("open"));
        assertEquals(List.of("dark"), List.copyOf(a.body().classNames()));
        assertEquals(null, a.getElementById("theme-toggle"));
        assertEquals(2, a.select("body > script").size(), "navigation and scroll-to-top, no theme scripts");
    }

    @Test
    void archivesGroupMainSectionPagesByYearAndMonth() throws IOException {
        Document archive = build("archives/index.html");
        assertEquals(
                List.of("2024 2", "2023 1"),
                archive.select(".archive-year-header").eachText());
        assertEquals(
                List.of("January 2", "December 1"),
                archive.select(".archive-month-header").eachText());
        assertEquals(
                List.of("C", "B", "A"), archive.select(".archive-entry-title").eachText());
    }

    @Test
    void archiveMonthsAreNamedInTheContentLanguageLikeHugo() throws IOException {
        Path config = src.resolve("hugo.toml");
        Files.writeString(
                config, "defaultContentLanguage = \"ko\"\nlanguageCode = \"ko-kr\"\n" + Files.readString(config));
        assertEquals(
                List.of("1월 2", "12월 1"),
                build("archives/index.html").select(".archive-month-header").eachText());
    }

    @Test
    void searchIndexLeavesOutSearchArchivesAndHiddenPages() throws IOException {
        build("index.html");
        String index = Files.readString(out.resolve("index.json"), StandardCharsets.UTF_8);
        List<String> titles = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(index)
                .findValuesAsText("title");
        assertEquals(List.of("About", "B", "A"), titles);
    }

    @Test
    void searchPageLoadsTheIndexAndTheFingerprintedScript() throws IOException {
        Document search = build("search/index.html");
        assertEquals(
                "/index.json", search.selectFirst("link[rel=preload][as=fetch]").attr("href"));
        String src = search.selectFirst("head script[src]").attr("src");
        assertTrue(src.matches("/assets/js/search\\.[0-9a-f]{64}\\.js"), src);
        assertTrue(Files.exists(out.resolve(src.substring(1))));
    }

    @Test
    void paperModShortcodesRender() throws IOException {
        site.file(
                "content/posts/d.md",
                "---\ntitle: D\ndate: 2022-01-01\n---\n"
                        + "{{< collapse summary=\"More **info**\" >}}Hidden *text*{{< /collapse >}}\n\n"
                        + "{{< inTextImg url=\"/i.png\" alt=\"icon\" >}}\n\n"
                        + "{{< rtl >}}שלום{{< /rtl >}}\n\n"
                        + "{{< rawhtml >}}<span class=\"raw\">x</span>{{< /rawhtml >}}\n");
        Element content = build("posts/d/index.html").selectFirst(".post-content");
        assertEquals(
                "<summary markdown=\"span\">More <strong>info</strong></summary> Hidden <em>text</em>",
                content.selectFirst("details").html().replace("\n", ""));
        assertEquals(
                "<img class=\"in-text\" height=\"15\" src=\"/i.png\" alt=\"icon\">",
                content.selectFirst("img.in-text").outerHtml());
        assertEquals("שלום", content.selectFirst("div[dir=rtl]").text());
        assertEquals("x", content.selectFirst("span.raw").text());
    }

    @Test
    void theSitesI18nFileOverridesTheThemesStrings() throws IOException {
        site.file("i18n/en.toml", "[read_time]\nother = \"{{ .Count }} minutes to read\"\n");
        assertEquals(
                "2024.01.02 · 1 minutes to read",
                build("posts/b/index.html").selectFirst(".post-meta").text());
    }

    @Test
    void commentsAppearOnlyWhereAskedWithTheApiAddressAndTheWidgetsStrings() throws IOException {
        site.file("content/posts/d.md", "---\ntitle: D\ndate: 2022-01-01\ncomments: true\n---\nd\n");
        Element comments = build("posts/d/index.html").selectFirst("article > #comments");
        assertEquals("/api", comments.attr("data-api"));
        assertEquals("/posts/d/", comments.attr("data-page"));
        assertTrue(comments.attr("data-t").contains("\"comment_reply\":\"Reply\""), comments.attr("data-t"));
        assertEquals(null, build("posts/a/index.html").selectFirst("#comments"));
        assertEquals(
                2,
                build("posts/d/index.html")
                        .select(
                                "script[src*=/assets/js/site-api.][integrity], script[src*=/assets/js/comments.][integrity]")
                        .size());
    }

    @Test
    void theBoardLayoutMountsTheBoardScriptAtTheConfiguredApi() throws IOException {
        site.file(
                        "hugo.toml",
                        "baseURL = \"https://example.org/\"\nlanguageCode = \"ko\"\n[params]\napiURL = \"https://api.example.org/api\"\n")
                .file("content/board.md", "---\ntitle: Board\nlayout: board\n---\n");
        Document board = build("board/index.html");
        assertEquals("https://api.example.org/api", board.selectFirst("#board").attr("data-api"));
        assertTrue(board.selectFirst("#board").attr("data-t").contains("\"board_write\":\"글쓰기\""));
        assertEquals(
                List.of("site-api", "board"),
                board.select("script[src]").eachAttr("src").stream()
                        .map(src -> src.replaceAll("^/assets/js/(.*)\\.[0-9a-f]{64}\\.js$", "$1"))
                        .toList());
    }

    @Test
    void verificationTagsAnalyticsAndSocialCardsFollowTheParamsAndTheEnvironment() throws IOException {
        site.file("hugo.toml", """
                baseURL = "https://example.org/"
                [services.googleAnalytics]
                id = "G-TEST123"
                [params.analytics.google]
                SiteVerificationTag = "g-token"
                [params.analytics.naver]
                SiteVerificationTag = "n-token"
                """);
        Element head = build("index.html").head();
        assertEquals(
                "g-token",
                head.selectFirst("meta[name=google-site-verification]").attr("content"));
        assertEquals(
                "n-token",
                head.selectFirst("meta[name=naver-site-verification]").attr("content"));
        assertEquals(null, head.selectFirst("meta[name=msvalidate.01]"));
        assertEquals(
                "https://www.googletagmanager.com/gtag/js?id=G-TEST123",
                head.selectFirst("script[async]").attr("src"));
        assertTrue(head.selectFirst("meta[property=og:title]") != null);

        new site.builder.SiteBuilder(java.time.Clock.systemUTC(), null)
                .build(BuildOptions.defaults(src).withDestination(out).withEnvironment("development"));
        Element dev = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .head();
        assertEquals(null, dev.selectFirst("script[async]"), "analytics only in production");
        assertEquals(
                null, dev.selectFirst("meta[property=og:title]"), "PaperMod writes social cards only in production");
        assertEquals(
                "g-token",
                dev.selectFirst("meta[name=google-site-verification]").attr("content"));
    }

    @Test
    void showLastModAddsTheUpdateDayWhenItIsAnotherDay() throws IOException {
        site.file(
                        "content/posts/u.md",
                        "---\ntitle: U\ndate: 2024-01-02\nlastmod: 2024-03-05\nShowLastMod: true\n---\nu\n")
                .file(
                        "content/posts/s.md",
                        "---\ntitle: S\ndate: 2024-01-02T08:00:00Z\nlastmod: 2024-01-02T20:00:00Z\nShowLastMod: true\n---\ns\n");
        assertEquals(
                "2024.01.02 · updated 2024.03.05 · 1 min",
                build("posts/u/index.html").selectFirst(".post-meta").text());
        assertEquals(
                "2024.01.02 · 1 min",
                build("posts/s/index.html").selectFirst(".post-meta").text());
        assertEquals(
                "2024.01.02 · 1 min",
                build("posts/b/index.html").selectFirst(".post-meta").text(),
                "off unless asked");
    }

    /** Recorded from Hugo 0.111.3 + PaperMod v7.0 for the same Markdown (its figure shortcode and image hook). */
    @Test
    void figuresAndImagesAreWrittenAsPaperModWritesThem() throws IOException {
        site.file(
                "content/posts/f.md",
                "---\ntitle: F\n---\n"
                        + "{{< figure src=\"/a.png\" >}}\n\n"
                        + "{{< figure src=\"/b.png\" alt=\"Bee\" caption=\"A **bold** cap\" align=\"center\" width=\"300\" >}}\n\n"
                        + "{{< figure src=\"/c.png\" link=\"https://x.org\" target=\"_blank\" rel=\"noopener\" title=\"T\" attr=\"Me\" "
                        + "attrlink=\"https://me.org\" class=\"wide\" height=\"10\" >}}\n\n"
                        + "![img](rel.png \"tt\")\n");
        build("index.html");
        String html = Files.readString(out.resolve("posts/f/index.html"), StandardCharsets.UTF_8);
        String content = html.substring(
                html.indexOf("<div class=\"post-content\">") + 26,
                html.indexOf("</div>", html.indexOf("<div class=\"post-content\">")));
        assertEquals("""
                <figure>
                    <img loading="lazy" src="/a.png"/>\s
                </figure>

                <figure class="align-center ">
                    <img loading="lazy" src="/b.png#center"
                         alt="Bee" width="300"/> <figcaption>
                            <p>A <strong>bold</strong> cap</p>
                        </figcaption>
                </figure>

                <figure class="wide"><a href="https://x.org" target="_blank" rel="noopener">
                    <img loading="lazy" src="/c.png" height="10"/> </a><figcaption>
                            T<p>
                                    <a href="https://me.org">Me</a></p>
                        </figcaption>
                </figure>

                <p><img loading="lazy" src="rel.png" alt="img"  title="tt"  />
                </p>
                """, content);
    }

    /**
     * An image of the page's bundle gets the resource's URL (as later PaperMod versions find it through
     * .Page.Resources.Get), so a feed with the full text shows it too; other destinations stay as written.
     */
    @Test
    void bundleImagesAreResolvedAgainstThePage() throws IOException {
        site.file(
                        "hugo.toml",
                        "baseURL = \"https://example.org/\"\ntitle = \"T\"\n[params]\nShowFullTextinRSS = true\n")
                .file(
                        "content/posts/g/index.md",
                        "---\ntitle: G\ndate: 2024-01-21\n---\n"
                                + "![one](one.png) ![two](./img/Two%20B.PNG?w=2#top) ![gone](missing.png) "
                                + "![abs](/x.png) ![far](https://cdn.example/y.png)\n")
                .file("content/posts/g/one.png", "png")
                .file("content/posts/g/img/two b.png", "png");
        Document single = build("posts/g/index.html");
        assertEquals(
                List.of(
                        "/posts/g/one.png",
                        "/posts/g/img/two b.png?w=2#top",
                        "missing.png",
                        "/x.png",
                        "https://cdn.example/y.png"),
                single.select(".post-content img").eachAttr("src"));
        assertTrue(
                Files.exists(out.resolve("posts/g/img/two b.png")), "the resource is published where its URL points");
        String feed = Files.readString(out.resolve("posts/index.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<img loading=\"lazy\" src=\"/posts/g/one.png\""), feed);
    }

    @Test
    void aSiteWithoutDiagramsOrFormulasPublishesNeitherLibrary() throws IOException {
        build("index.html");
        assertTrue(Files.exists(out.resolve("posts/a/index.html")));
        assertEquals(
                false,
                Files.exists(out.resolve("vendor")),
                "Mermaid and KaTeX are published only when a page uses them");
    }

    @Test
    void aSitesExtendHeadPartialIsIncluded() throws IOException {
        site.file(
                "layouts/_partials/extend_head.jte",
                "@param site.builder.render.PageView page\n<meta name=\"x-extra\" content=\"${page.title()}\">\n");
        assertEquals(
                "B",
                build("posts/b/index.html")
                        .head()
                        .selectFirst("meta[name=x-extra]")
                        .attr("content"));
    }
}
