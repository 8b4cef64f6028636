package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [permalinks] patterns, token by token; every value is Hugo 0.111.3's for the same site. */
class PermalinkPatternsFixtureTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- hugo.toml --
            baseURL = "https://example.org/blog/"
            [permalinks]
            posts = "/:year/:month/:day/:slug/"
            news = "/news/:year/:monthname/:weekday-:yearday/:title/"
            docs = "/manual/:sections/:filename/"
            notes = "/:section/:weekdayname/:slugorfilename/"
            tags = "/topics/:slug/"
            -- content/posts/first-post.md --
            ---
            title: First Post
            slug: hello-slug
            date: 2024-03-05
            ---
            -- content/posts/no-slug.md --
            ---
            title: No Slug Here
            date: 2024-11-30T23:30:00Z
            tags: [Go Lang]
            ---
            -- content/posts/urled.md --
            ---
            title: Urled
            url: /custom/place/
            date: 2024-01-01
            ---
            -- content/news/big-news.md --
            ---
            title: "Big News: Today!"
            date: 2024-02-29
            ---
            -- content/docs/_index.md --
            ---
            title: Docs
            ---
            -- content/docs/api/_index.md --
            ---
            title: API
            ---
            -- content/docs/api/Endpoints.md --
            ---
            title: Endpoints
            ---
            -- content/docs/intro.md --
            ---
            title: Intro
            slug: intro-slug
            ---
            -- content/notes/one.md --
            ---
            title: One
            date: 2024-03-03
            ---
            -- content/notes/two.md --
            ---
            title: Two
            slug: Second-Note
            date: 2024-03-04
            ---
            """;

    @Test
    void eachTokenExpandsAsHugosAndTheBaseUrlPathPrefixesOnlyTheLinks() {
        SiteFixture.Built site = SiteFixture.of(SITE).build(dir);
        assertEquals("/blog/2024/03/05/hello-slug/", site.relPermalink("posts/first-post.md"));
        assertEquals(
                "/blog/2024/11/30/no-slug-here/",
                site.relPermalink("posts/no-slug.md"),
                ":slug falls back to the urlized title");
        assertEquals(
                "/blog/news/2024/february/4-60/big-news-today/",
                site.relPermalink("news/big-news.md"),
                ":monthname in English, :weekday from Sunday = 0, :yearday unpadded");
        assertEquals(
                "/blog/manual/docs/api/endpoints/",
                site.relPermalink("docs/api/Endpoints.md"),
                ":sections is every section folder, :filename is lower-cased like the rest");
        assertEquals("/blog/manual/docs/intro/", site.relPermalink("docs/intro.md"), ":filename ignores slug");
        assertEquals("/blog/notes/sunday/one/", site.relPermalink("notes/one.md"));
        assertEquals("/blog/notes/monday/second-note/", site.relPermalink("notes/two.md"));
        assertEquals(
                "https://example.org/blog/custom/place/",
                site.page("posts/urled.md").permalink(),
                "url beats the pattern");
        assertEquals(
                "/blog/topics/go-lang/",
                site.result().site().taxonomies().get("tags").terms().get(0).relPermalink(),
                "term pages follow their taxonomy's pattern");
    }

    @Test
    void sectionPagesKeepTheirPlainPathsAndFilesGoBelowThePublishRoot() {
        SiteFixture.Built site = SiteFixture.of(SITE).build(dir);
        assertEquals("/blog/docs/api/", site.relPermalink("docs/api/_index.md"));
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "posts/index.html",
                        "news/index.html",
                        "notes/index.html",
                        "docs/index.html",
                        "docs/api/index.html",
                        "2024/03/05/hello-slug/index.html",
                        "2024/11/30/no-slug-here/index.html",
                        "custom/place/index.html",
                        "news/2024/february/4-60/big-news-today/index.html",
                        "manual/docs/api/endpoints/index.html",
                        "manual/docs/intro/index.html",
                        "notes/sunday/one/index.html",
                        "notes/monday/second-note/index.html",
                        "topics/go-lang/index.html"),
                site.pageFiles());
    }

    /** Hugo 0.111 knows no :contentbasename (added in 0.144): "permalink ill-formed", and no site. */
    @Test
    void aTokenHugo0111DoesNotKnowFailsTheBuild() {
        SiteFixture fixture = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                [permalinks]
                posts = "/:contentbasename/"
                -- content/posts/a.md --
                ---
                title: A
                ---
                """);
        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> fixture.build(dir));
        assertEquals(1, failure.errors().size());
        String message = failure.errors().get(0).message();
        assertTrue(message.startsWith("config: permalinks.posts: unknown token \":contentbasename\""), message);
    }
}
