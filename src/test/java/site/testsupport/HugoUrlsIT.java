package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.testsupport.HugoFixtures.site;
import static site.testsupport.HugoFixtures.texts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hugo 0.111.3 facts about where pages go: urlization, permalinks, ugly URLs, aliases and collisions. */
@HugoFact
class HugoUrlsIT {

    @BeforeAll
    static void requireHugo() {
        HugoFixtures.requireHugo();
    }

    // --- korean-urls

    @Test
    void koreanFileNamesKeepTheirLettersAndSpacesBecomeHyphens() {
        Set<String> pages = site("korean-urls").pages().keySet();
        assertTrue(pages.containsAll(List.of("/posts/안녕하세요/", "/posts/한글-제목-공백/", "/블로그/", "/블로그/첫글/")));
    }

    @Test
    void punctuationIsDroppedExceptPlusAndUnderscoreAndCaseIsLowered() {
        Set<String> pages = site("korean-urls").pages().keySet();
        assertTrue(pages.containsAll(List.of(
                "/posts/time-1030/", "/posts/c++-tips/", "/posts/hello-world/", "/posts/upper_case/", "/블로그/둘째-글/")));
    }

    @Test
    void permalinksArePercentEncodedWhileFilesAreNot() {
        var page = site("korean-urls").page("/posts/안녕하세요/");
        assertEquals(
                "/posts/%EC%95%88%EB%85%95%ED%95%98%EC%84%B8%EC%9A%94/",
                page.get("relPermalink").asText());
        assertEquals("posts/안녕하세요.md", page.get("file").get("path").asText());
        assertEquals(
                "https://example.org/posts/c++-tips/",
                site("korean-urls").page("/posts/c++-tips/").get("permalink").asText());
    }

    @Test
    void termsAreUrlizedLikeFileNames() {
        Set<String> pages = site("korean-urls").pages().keySet();
        assertTrue(pages.containsAll(List.of("/tags/블로그-태그/", "/tags/c++/", "/tags/korean/", "/tags/인사/")));
        assertEquals(
                "블로그 태그", site("korean-urls").page("/tags/블로그-태그/").get("title").asText());
    }

    @Test
    void cjkTextCountsEachCharacterAsAWord() {
        var page = site("korean-urls").page("/posts/안녕하세요/");
        assertEquals(25, page.get("wordCount").asInt());
        assertTrue(page.get("params").get("iscjklanguage").asBoolean());
        assertFalse(site("korean-urls")
                .page("/posts/c++-tips/")
                .get("params")
                .get("iscjklanguage")
                .asBoolean());
    }

    // --- permalinks: baseURL https://example.org/blog/ and a [permalinks] rule per section

    @Test
    void dateTokensAndSlugFillThePostsPattern() {
        Set<String> pages = site("permalinks").pages().keySet();
        assertTrue(pages.contains("/2024/03/05/hello-slug/"));
        assertTrue(pages.contains("/2024/11/30/no-slug-here/"), ":slug falls back to the urlized title");
    }

    @Test
    void monthnameWeekdayYeardayAndTitleTokens() {
        Set<String> pages = site("permalinks").pages().keySet();
        assertTrue(pages.contains("/news/2024/february/4-60/big-news-today/"));
        assertTrue(pages.contains("/news/2024/december/2-366/second/"));
    }

    @Test
    void sectionsAndFilenameTokensIgnoreSlug() {
        Set<String> pages = site("permalinks").pages().keySet();
        assertTrue(pages.contains("/manual/docs/api/endpoints/"));
        assertTrue(pages.contains("/manual/docs/intro/"));
        assertTrue(pages.contains("/docs/api/"), "sections themselves keep their plain path");
    }

    @Test
    void htmlSuffixInAPatternStillMakesAFolder() {
        assertEquals(
                "/blog/pages/about-us.html/",
                site("permalinks")
                        .page("/pages/about-us.html/")
                        .get("relPermalink")
                        .asText());
    }

    @Test
    void urlFrontMatterBeatsPermalinksAndGainsSlashes() {
        Set<String> pages = site("permalinks").pages().keySet();
        assertTrue(pages.containsAll(List.of("/custom/place/", "/plain-url/", "/top-slug/")));
    }

    @Test
    void baseUrlPathIsInPermalinksButNotInOutputPaths() {
        var home = site("permalinks").page("/");
        assertEquals("/blog/", home.get("relPermalink").asText());
        assertEquals("https://example.org/blog/", home.get("permalink").asText());
        assertEquals(
                "https://example.org/blog/custom/place/",
                site("permalinks").page("/custom/place/").get("permalink").asText());
    }

    // --- ugly-urls

    @Test
    void uglyUrlsWriteHtmlFilesNamedForThePage() {
        Set<String> pages = site("ugly-urls").pages().keySet();
        assertTrue(pages.containsAll(List.of(
                "/posts/ugly-1.html", "/posts.html", "/tags/ugly.html", "/posts/bundle.html", "/posts/page/2.html")));
        assertEquals(
                "/posts/page/2.html",
                site("ugly-urls")
                        .page("/posts.html")
                        .get("paginator")
                        .get("next")
                        .asText());
    }

    @Test
    void uglyUrlsStillHonourAnExplicitUrl() {
        assertTrue(site("ugly-urls").pages().containsKey("/pretty/path/"));
    }

    @Test
    void uglyUrlsTurnAliasesAndPageOneIntoHtmlFiles() {
        Map<String, String> aliases = site("ugly-urls").aliases();
        assertEquals("https://example.org/posts/ugly-1.html", aliases.get("/old-ugly-1.html"));
        assertEquals("https://example.org/posts.html", aliases.get("/posts/page/1.html"));
    }

    // --- aliases

    @Test
    void absoluteAliasesLandWhereTheySay() {
        Map<String, String> aliases = site("aliases").aliases();
        assertEquals("https://example.org/posts/moved/", aliases.get("/old/moved/"));
        assertEquals("https://example.org/posts/moved/", aliases.get("/legacy/moved.html"));
        assertEquals("https://example.org/posts/", aliases.get("/articles/"));
        assertEquals("https://example.org/about/", aliases.get("/About-Me/"));
    }

    @Test
    void queryStringAliasBecomesALiteralFolder() {
        Map<String, String> aliases = site("aliases").aliases();
        assertEquals("https://example.org/posts/2019/old-post/", aliases.get("/?p=123/"));
        assertEquals("https://example.org/posts/2019/old-post/", aliases.get("/2019/01/01/old-post/"));
    }

    @Test
    void relativeAliasesResolveAgainstTheFolderAboveThePage() {
        Map<String, String> aliases = site("aliases").aliases();
        assertEquals("https://example.org/posts/moved/", aliases.get("/posts/relative-alias/"));
        assertEquals("https://example.org/posts/bundle/", aliases.get("/bundle-old/"));
    }

    @Test
    void aliasPageIsHugosFixedRedirectHtml() {
        assertEquals("""
                <!DOCTYPE html>
                <html lang="en">
                  <head>
                    <title>https://example.org/posts/moved/</title>
                    <link rel="canonical" href="https://example.org/posts/moved/">
                    <meta name="robots" content="noindex">
                    <meta charset="utf-8">
                    <meta http-equiv="refresh" content="0; url=https://example.org/posts/moved/">
                  </head>
                </html>
                """, site("aliases").text("legacy/moved.html"));
    }

    @Test
    void dumpKeepsAliasesAsWritten() {
        assertEquals(
                List.of("/old/moved/", "/legacy/moved.html", "relative-alias"),
                texts(site("aliases").page("/posts/moved/").get("aliases")));
    }

    // --- collisions

    @Test
    void bundleReplacesTheSameNamedFileWithoutAWarning() {
        HugoSite site = site("collisions");
        assertEquals(
                "about/index.md", site.page("/about/").get("file").get("path").asText());
        assertEquals(List.of("https://example.org/about/"), texts(site.page("/").get("regularPages")));
    }

    @Test
    void sameSlugAndSameUrlizedNameAreDuplicateTargets() {
        HugoSite site = site("collisions");
        assertEquals(Set.of("/posts/same/", "/posts/hello-world/"), site.duplicateTargets());
        List<String> listed = texts(site.page("/posts/").get("pages"));
        assertEquals(2, Collections.frequency(listed, "https://example.org/posts/same/"));
        assertEquals(2, Collections.frequency(listed, "https://example.org/posts/hello-world/"));
    }

    @Test
    void pageOverwritesAnAliasAtItsPath() {
        HugoSite site = site("collisions");
        assertFalse(site.aliases().containsKey("/about/"));
        assertEquals("page", site.page("/about/").get("kind").asText());
    }
}
