package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** uglyURLs, disablePathToLower and paginatePath; every value is Hugo 0.111.3's for the same site. */
class UrlStylesFixtureTest {
    @TempDir
    Path dir;

    @Test
    void uglyUrlsWriteFilesNamedForThePageButKeepAnExplicitUrlsFolder() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                uglyURLs = true
                paginate = 1
                -- content/posts/one.md --
                ---
                title: One
                date: 2024-01-01
                tags: [Ugly]
                aliases: [/old-one/]
                ---
                -- content/posts/two.md --
                ---
                title: Two
                date: 2024-01-02
                ---
                -- content/posts/bundle/index.md --
                ---
                title: Bundle
                date: 2024-01-03
                ---
                -- content/posts/bundle/file.txt --
                file
                -- content/pretty.md --
                ---
                title: Pretty
                url: /pretty/path/
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "page/2.html",
                        "page/3.html",
                        "page/4.html",
                        "posts.html",
                        "posts/one.html",
                        "posts/two.html",
                        "posts/bundle.html",
                        "posts/page/2.html",
                        "posts/page/3.html",
                        "pretty/path/index.html",
                        "categories.html",
                        "tags.html",
                        "tags/ugly.html"),
                site.pageFiles());
        assertEquals(
                Map.of(
                        "old-one.html",
                        "https://example.org/posts/one.html",
                        "page/1.html",
                        "https://example.org/",
                        "posts/page/1.html",
                        "https://example.org/posts.html",
                        "categories/page/1.html",
                        "https://example.org/categories.html",
                        "tags/page/1.html",
                        "https://example.org/tags.html",
                        "tags/ugly/page/1.html",
                        "https://example.org/tags/ugly.html"),
                site.aliases());
        assertEquals("file\n", site.text("posts/bundle/file.txt"));
        assertTrue(
                site.files().containsAll(Set.of("posts/index.xml", "tags/ugly/index.xml")), "feeds keep their folders");
        assertEquals("/pretty/path/", site.relPermalink("pretty.md"));
    }

    @Test
    void disablePathToLowerKeepsTheCaseOfFilesSlugsAndTermsButMergesTermsCaseInsensitively() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                disablePathToLower = true
                -- content/Posts/First-Post.md --
                ---
                title: First
                date: 2024-01-01
                tags: [Go]
                ---
                -- content/Posts/second.md --
                ---
                title: Second
                slug: Third-Slug
                date: 2024-01-02
                tags: [go, Rust Lang]
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "posts/index.html",
                        "Posts/First-Post/index.html",
                        "Posts/Third-Slug/index.html",
                        "tags/Go/index.html",
                        "tags/Rust-Lang/index.html"),
                site.pageFiles(),
                "the section without _index.md is at posts/, Go and go are one term at the first spelling");
    }

    @Test
    void paginatePathNamesThePagersAndPageOneRedirectsToTheList() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                paginate = 2
                paginatePath = "seite"
                -- content/posts/p1.md --
                ---
                title: P1
                date: 2024-01-01
                tags: [t]
                ---
                -- content/posts/p2.md --
                ---
                title: P2
                date: 2024-01-02
                tags: [t]
                ---
                -- content/posts/p3.md --
                ---
                title: P3
                date: 2024-01-03
                tags: [t]
                ---
                -- content/posts/p4.md --
                ---
                title: P4
                date: 2024-01-04
                ---
                -- content/posts/p5.md --
                ---
                title: P5
                date: 2024-01-05
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "seite/2/index.html",
                        "seite/3/index.html",
                        "posts/index.html",
                        "posts/seite/2/index.html",
                        "posts/seite/3/index.html",
                        "posts/p1/index.html",
                        "posts/p2/index.html",
                        "posts/p3/index.html",
                        "posts/p4/index.html",
                        "posts/p5/index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "tags/t/index.html",
                        "tags/t/seite/2/index.html"),
                site.pageFiles());
        assertEquals(
                Map.of(
                        "seite/1/index.html",
                        "https://example.org/",
                        "posts/seite/1/index.html",
                        "https://example.org/posts/",
                        "categories/seite/1/index.html",
                        "https://example.org/categories/",
                        "tags/seite/1/index.html",
                        "https://example.org/tags/",
                        "tags/t/seite/1/index.html",
                        "https://example.org/tags/t/"),
                site.aliases());
    }
}
