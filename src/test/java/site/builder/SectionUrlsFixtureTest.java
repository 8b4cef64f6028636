package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where sections, bundles and front matter url/slug put pages; every value is Hugo 0.111.3's for the same site. */
class SectionUrlsFixtureTest {
    @TempDir
    Path dir;

    @Test
    void sectionsNestedSectionsAndBundlesAreWrittenWhereHugoWritesThem() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                -- content/posts/first.md --
                ---
                title: First
                ---
                -- content/posts/Hello World.md --
                ---
                title: Hello
                ---
                -- content/posts/2024/_index.md --
                ---
                title: Year 2024
                ---
                -- content/posts/2024/jan.md --
                ---
                title: Jan
                ---
                -- content/posts/2024/feb/feb.md --
                ---
                title: Feb
                ---
                -- content/archive/old.md --
                ---
                title: Old
                ---
                -- content/posts/leaf/index.md --
                ---
                title: Leaf
                ---
                -- content/posts/leaf/sub/deep.txt --
                deep
                -- content/gallery/_index.md --
                ---
                title: Gallery
                ---
                -- content/gallery/cover.txt --
                cover
                -- content/gallery/img/one.txt --
                one
                -- content/About Us.md --
                ---
                title: About
                ---
                -- content/블로그/첫 글.md --
                ---
                title: 첫
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "about-us/index.html",
                        "archive/index.html",
                        "archive/old/index.html",
                        "categories/index.html",
                        "gallery/index.html",
                        "posts/index.html",
                        "posts/first/index.html",
                        "posts/hello-world/index.html",
                        "posts/leaf/index.html",
                        "posts/2024/index.html",
                        "posts/2024/jan/index.html",
                        "posts/2024/feb/feb/index.html",
                        "tags/index.html",
                        "블로그/index.html",
                        "블로그/첫-글/index.html"),
                site.pageFiles(),
                "a folder below a section without _index.md is no section: feb.md keeps it in its URL");
        // a leaf bundle's files follow it, sub-folders too; a branch bundle's only those beside _index.md
        assertEquals("deep\n", site.text("posts/leaf/sub/deep.txt"));
        assertEquals("cover\n", site.text("gallery/cover.txt"));
        assertEquals("one\n", site.text("gallery/img/one.txt"));
        assertEquals("/%EB%B8%94%EB%A1%9C%EA%B7%B8/%EC%B2%AB-%EA%B8%80/", site.relPermalink("블로그/첫 글.md"));
    }

    @Test
    void slugAndUrlFrontMatterMoveThePageAndALeafBundleTakesItsFilesAlong() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                -- content/posts/slugged.md --
                ---
                title: Slugged
                slug: My Slug
                ---
                -- content/posts/urled.md --
                ---
                title: Urled
                url: /custom/place/
                ---
                -- content/posts/plain.md --
                ---
                title: Plain
                url: plain-url
                ---
                -- content/posts/file.md --
                ---
                title: File
                url: /docs/file.html
                ---
                -- content/about.md --
                ---
                title: About
                slug: top-slug
                ---
                -- content/posts/bundle/index.md --
                ---
                title: Bundle
                slug: bundled
                ---
                -- content/posts/bundle/note.txt --
                note
                -- content/moved/_index.md --
                ---
                title: Moved section
                url: /elsewhere/
                ---
                -- content/moved/inside.md --
                ---
                title: Inside
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "posts/index.html",
                        "posts/my-slug/index.html",
                        "custom/place/index.html",
                        "plain-url/index.html",
                        "docs/file.html",
                        "top-slug/index.html",
                        "posts/bundled/index.html",
                        "elsewhere/index.html",
                        "moved/inside/index.html"),
                site.pageFiles(),
                "a section's url does not move its pages");
        assertEquals("note\n", site.text("posts/bundled/note.txt"));
        assertEquals("/plain-url/", site.relPermalink("posts/plain.md"));
        assertEquals("/docs/file.html", site.relPermalink("posts/file.md"));
        assertEquals("https://example.org/elsewhere/", site.aliases().get("elsewhere/page/1/index.html"));
    }

    @Test
    void aSectionWithoutAFileIsKeyedLowerCasedWhileItsPagesKeepTheirFoldersCase() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                disablePathToLower = true
                -- content/Posts/_index.md --
                ---
                title: Posts
                ---
                -- content/Posts/First-Post.md --
                ---
                title: First
                ---
                -- content/Notes/one.md --
                ---
                title: One
                ---
                -- content/Notes/Sub/_index.md --
                ---
                title: Sub
                ---
                -- content/Notes/Sub/Two.md --
                ---
                title: Two
                ---
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "Posts/index.html",
                        "Posts/First-Post/index.html",
                        "notes/index.html",
                        "Notes/one/index.html",
                        "Notes/Sub/index.html",
                        "Notes/Sub/Two/index.html"),
                site.pageFiles());
        var notes = site.page("Notes/one.md").parent();
        assertEquals("notes", notes.section());
        assertEquals("Notes", notes.title());
        assertEquals("Notes", site.page("Notes/one.md").section());
        assertEquals("Notes", site.page("Notes/Sub/_index.md").section());
    }
}
