package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language prefixes of a multilingual site; every value is Hugo 0.111.3's for the same site. */
class MultilingualUrlsFixtureTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- hugo.toml --
            baseURL = "https://example.org/"
            defaultContentLanguage = "ko"
            %s
            [languages.ko]
            weight = 1
            [languages.en]
            weight = 2
            -- content/posts/hello.md --
            ---
            title: 안녕
            date: 2024-01-02
            tags: [인사]
            ---
            -- content/posts/hello.en.md --
            ---
            title: Hello
            date: 2024-01-03
            aliases: [/old/]
            tags: [greeting]
            ---
            -- content/posts/only-en.en.md --
            ---
            title: Only English
            slug: english-only
            date: 2024-01-04
            ---
            """;

    @Test
    void theDefaultLanguageIsAtTheRootAndTheOthersUnderTheirCode() {
        SiteFixture.Built site = SiteFixture.of(SITE.formatted("")).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "posts/index.html",
                        "posts/hello/index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "tags/인사/index.html",
                        "en/404.html",
                        "en/index.html",
                        "en/posts/index.html",
                        "en/posts/hello/index.html",
                        "en/posts/english-only/index.html",
                        "en/categories/index.html",
                        "en/tags/index.html",
                        "en/tags/greeting/index.html"),
                site.pageFiles());
        assertEquals("https://example.org/", site.aliases().get("ko/index.html"), "the default language's redirect");
        assertEquals(
                "https://example.org/en/posts/hello/",
                site.aliases().get("old/index.html"),
                "aliases are not prefixed with the language");
        assertEquals(Set.of("sitemap.xml", "ko/sitemap.xml", "en/sitemap.xml"), sitemaps(site));
    }

    @Test
    void defaultContentLanguageInSubdirPrefixesEveryLanguageAndRedirectsTheRoot() {
        SiteFixture.Built site = SiteFixture.of(SITE.formatted("defaultContentLanguageInSubdir = true"))
                .build(dir);
        assertEquals(
                Set.of(
                        "ko/404.html",
                        "ko/index.html",
                        "ko/posts/index.html",
                        "ko/posts/hello/index.html",
                        "ko/categories/index.html",
                        "ko/tags/index.html",
                        "ko/tags/인사/index.html",
                        "en/404.html",
                        "en/index.html",
                        "en/posts/index.html",
                        "en/posts/hello/index.html",
                        "en/posts/english-only/index.html",
                        "en/categories/index.html",
                        "en/tags/index.html",
                        "en/tags/greeting/index.html"),
                site.pageFiles());
        assertEquals("https://example.org/ko/", site.aliases().get("index.html"));
        assertEquals("/ko/posts/hello/", site.relPermalink("posts/hello.md"));
    }

    private static Set<String> sitemaps(SiteFixture.Built site) {
        Set<String> sitemaps = new TreeSet<>(site.files());
        sitemaps.removeIf(f -> !f.endsWith("sitemap.xml"));
        return sitemaps;
    }
}
