package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.content.Page;

/** Where term pages and aliases go; every value is Hugo 0.111.3's for the same site. */
class TermAndAliasUrlsFixtureTest {
    @TempDir
    Path dir;

    @Test
    void termsAreKeyedByTheirUrlizedSpellingSoCaseVariantsAreOneTerm() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                [taxonomies]
                tag = "tags"
                series = "series"
                -- content/posts/one.md --
                ---
                title: One
                date: 2024-01-01
                tags: [Kubenetes, CI/CD, "블로그 태그", C++]
                series: [Getting Started]
                ---
                -- content/posts/two.md --
                ---
                title: Two
                date: 2024-02-01
                tags: [KUBENETES, ci/cd, ci-cd]
                ---
                -- content/tags/go/_index.md --
                ---
                title: The Go language
                ---
                -- content/posts/three.md --
                ---
                title: Three
                date: 2024-03-01
                tags: go
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "posts/index.html",
                        "posts/one/index.html",
                        "posts/two/index.html",
                        "posts/three/index.html",
                        "series/index.html",
                        "series/getting-started/index.html",
                        "tags/index.html",
                        "tags/c++/index.html",
                        "tags/ci-cd/index.html",
                        "tags/ci/cd/index.html",
                        "tags/go/index.html",
                        "tags/kubenetes/index.html",
                        "tags/블로그-태그/index.html"),
                site.pageFiles(),
                "no categories: the config names the taxonomies; CI/CD is a nested folder");
        Map<String, Page> terms = new java.util.TreeMap<>();
        site.result().site().taxonomies().get("tags").terms().forEach(t -> terms.put(t.relPermalink(), t));
        assertEquals(
                Set.of(
                        "/tags/c++/",
                        "/tags/ci-cd/",
                        "/tags/ci/cd/",
                        "/tags/go/",
                        "/tags/kubenetes/",
                        "/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8-%ED%83%9C%EA%B7%B8/"),
                terms.keySet());
        Page kubenetes = terms.get("/tags/kubenetes/");
        assertEquals(
                List.of("/posts/two/", "/posts/one/"),
                kubenetes.pages().stream().map(Page::relPermalink).toList(),
                "Kubenetes and KUBENETES");
        assertEquals("Kubenetes", kubenetes.title());
        assertEquals("CI/CD", terms.get("/tags/ci/cd/").title());
        assertEquals("tags/go/_index.md", terms.get("/tags/go/").filePath());
        assertEquals(
                "블로그 태그",
                terms.get("/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8-%ED%83%9C%EA%B7%B8/")
                        .title());
    }

    @Test
    void aliasesLandWhereTheySayRelativeOnesBesideThePageAndAPageBeatsAnAlias() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                -- content/posts/moved.md --
                ---
                title: Moved
                aliases: [/old/moved/, /legacy/moved.html, relative-alias, /About-Me/]
                ---
                -- content/posts/bundle/index.md --
                ---
                title: Bundle
                aliases: [../bundle-old/]
                ---
                -- content/posts/_index.md --
                ---
                title: Posts
                aliases: [/articles/]
                ---
                -- content/about.md --
                ---
                title: About
                url: /about/
                ---
                -- content/other.md --
                ---
                title: Other
                aliases: [/about/]
                ---
                """).build(dir);
        Map<String, String> aliases = site.aliases();
        assertEquals(
                List.of(
                        "About-Me/index.html",
                        "articles/index.html",
                        "bundle-old/index.html",
                        "categories/page/1/index.html",
                        "legacy/moved.html",
                        "old/moved/index.html",
                        "page/1/index.html",
                        "posts/page/1/index.html",
                        "posts/relative-alias/index.html",
                        "tags/page/1/index.html"),
                List.copyOf(aliases.keySet()),
                "no alias at about/: the page About is written there");
        assertEquals("https://example.org/posts/moved/", aliases.get("About-Me/index.html"));
        assertEquals("https://example.org/posts/moved/", aliases.get("legacy/moved.html"));
        assertEquals("https://example.org/posts/moved/", aliases.get("posts/relative-alias/index.html"));
        assertEquals("https://example.org/posts/bundle/", aliases.get("bundle-old/index.html"));
        assertEquals("https://example.org/posts/", aliases.get("articles/index.html"));
    }
}
