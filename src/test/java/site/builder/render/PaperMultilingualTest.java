package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** paper on a Korean/English site: PaperMod v7.0's translation list, language switch and hreflang links. */
class PaperMultilingualTest {
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
                title = "Blog"
                defaultContentLanguage = "ko"
                [params]
                mainSections = ["posts"]
                [languages.ko]
                weight = 1
                languageName = "한국어"
                title = "블로그"
                [[languages.ko.menus.main]]
                name = "소개"
                url = "/about/"
                [languages.en]
                weight = 2
                languageName = "English"
                [languages.en.params]
                languageAltTitle = "English version"
                [[languages.en.menus.main]]
                name = "About"
                url = "/about/"
                """)
                .file("content/posts/hello.md", "---\ntitle: 안녕\ndate: 2024-01-02\n---\n본문\n")
                .file("content/posts/hello.en.md", "---\ntitle: Hello\ndate: 2024-01-02\n---\nbody\n")
                .file("content/posts/only.md", "---\ntitle: 한국어만\ndate: 2024-01-03\n---\n본문\n");
    }

    private Document read(String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void aTranslatedPostListsItsOtherLanguagesInThePostMeta() throws IOException {
        site.buildTo(out);
        Element meta = read("posts/hello/index.html").selectFirst(".post-meta");
        assertEquals("| 번역:", meta.ownText().strip().replaceAll("\\s+", " ").replace("\u00a0", ""), meta.outerHtml());
        assertEquals(
                List.of("https://example.org/en/posts/hello/"),
                meta.select("ul.i18n_list a").eachAttr("href"));
        assertEquals(List.of("En"), texts(meta.select("ul.i18n_list a")));
        Element en = read("en/posts/hello/index.html").selectFirst(".post-meta");
        assertEquals("| Translations:", en.ownText().strip().replace("\u00a0", ""), "each language's own strings");
        assertEquals(
                List.of("https://example.org/posts/hello/"),
                en.select("ul.i18n_list a").eachAttr("href"));
        assertNull(read("posts/only/index.html").selectFirst(".i18n_list"), "an untranslated post has no list");
    }

    @Test
    void theHeaderSwitchesToTheOtherLanguagesHomePages() throws IOException {
        site.buildTo(out);
        Element ko = read("posts/only/index.html").selectFirst(".logo-switches ul.lang-switch");
        assertEquals(List.of("|", "En"), texts(ko.select("li")));
        Element link = ko.selectFirst("a");
        assertEquals("https://example.org/en/", link.attr("href"));
        assertEquals("English version", link.attr("title"), "params.languageAltTitle");
        assertEquals("English", link.attr("aria-label"));
        Element en = read("en/index.html").selectFirst("ul.lang-switch a");
        assertEquals("https://example.org/", en.attr("href"));
        assertEquals("한국어", en.attr("title"));
        assertEquals("Ko", en.text());
    }

    /** Hugo's time.Format names full months in the site's language (PaperMod's post meta), abbreviations stay English. */
    @Test
    void postDatesNameTheMonthInThePagesLanguage() throws IOException {
        site.buildTo(out);
        assertEquals(
                "1월 2, 2024",
                read("posts/hello/index.html").selectFirst(".post-meta span").text());
        assertEquals(
                "January 2, 2024",
                read("en/posts/hello/index.html").selectFirst(".post-meta span").text());
        site.file(
                "hugo.toml",
                site.read("hugo.toml").replace("[params]\n", "[params]\nDateFormat = \"Monday, Jan 2\"\n"));
        site.buildTo(out);
        assertEquals(
                "화요일, Jan 2",
                read("posts/hello/index.html").selectFirst(".post-meta span").text());
    }

    @Test
    void fullLanguageNamesWhenAsked() throws IOException {
        site.file("hugo.toml", site.read("hugo.toml").replace("[params]\n", "[params]\ndisplayFullLangName = true\n"));
        site.buildTo(out);
        assertEquals(
                "English",
                read("posts/hello/index.html").selectFirst("ul.lang-switch a").text());
        assertEquals(
                "English",
                read("posts/hello/index.html").selectFirst("ul.i18n_list a").text());
    }

    @Test
    void theHeadLinksEveryLanguageVersionAndLinksStayInTheLanguage() throws IOException {
        site.buildTo(out);
        Document en = read("en/posts/hello/index.html");
        assertEquals(List.of("ko", "en"), en.select("head link[hreflang]").eachAttr("hreflang"));
        assertEquals(
                List.of("https://example.org/posts/hello/", "https://example.org/en/posts/hello/"),
                en.select("head link[hreflang]").eachAttr("href"));
        assertEquals("https://example.org/en/", en.selectFirst(".logo a").attr("href"));
        assertEquals(
                List.of("https://example.org/en/about/"), en.select("#menu a").eachAttr("href"));
        assertEquals(
                List.of("https://example.org/about/"),
                read("posts/hello/index.html").select("#menu a").eachAttr("href"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
    }

    @Test
    void aSingleLanguageSiteHasNoSwitchListOrHreflang() throws IOException {
        TestSites.in(src.resolve("one"))
                .file("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-02\n---\nx\n")
                .buildTo(out.resolve("one"));
        Document a = read("one/posts/a/index.html");
        assertNull(a.selectFirst(".lang-switch"));
        assertNull(a.selectFirst(".i18n_list"));
        assertEquals(List.of(), a.select("link[hreflang]"));
    }
}
