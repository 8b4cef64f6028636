package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.content.Page;

/** cascade, headless bundles, _build options and ignoreFiles; every value is Hugo 0.111.3's for the same site. */
class BundlesAndBuildOptionsFixtureTest {
    @TempDir
    Path dir;

    @Test
    void cascadeBuildOptionsAndIgnoreFilesDecideWhatIsWrittenAndListed() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                ignoreFiles = ["secret", "\\\\.backup$"]
                -- content/gallery/_index.md --
                ---
                title: Gallery
                cascade:
                  type: photo
                  banner: gallery.png
                ---
                -- content/gallery/sunset.md --
                ---
                title: Sunset
                ---
                -- content/gallery/own.md --
                ---
                title: Own
                banner: own.png
                ---
                -- content/gallery/trips/_index.md --
                ---
                title: Trips
                cascade:
                  banner: trips.png
                ---
                -- content/gallery/trips/alps.md --
                ---
                title: Alps
                ---
                -- content/headless/index.md --
                ---
                title: Headless
                headless: true
                ---
                -- content/headless/snippet.txt --
                snippet
                -- content/posts/never.md --
                ---
                title: Never
                _build:
                  render: never
                ---
                -- content/posts/unlisted.md --
                ---
                title: Unlisted
                _build:
                  list: never
                ---
                -- content/posts/my-secret.md --
                ---
                title: Secret
                ---
                -- content/posts/kept.md --
                ---
                title: Kept
                ---
                -- content/posts/kept.md.backup --
                old
                -- content/posts/beside.png --
                png
                """).build(dir);
        assertEquals(
                Set.of(
                        "404.html",
                        "index.html",
                        "categories/index.html",
                        "tags/index.html",
                        "gallery/index.html",
                        "gallery/own/index.html",
                        "gallery/sunset/index.html",
                        "gallery/trips/index.html",
                        "gallery/trips/alps/index.html",
                        "posts/index.html",
                        "posts/kept/index.html",
                        "posts/unlisted/index.html"),
                site.pageFiles(),
                "no headless page, no render-never page, no secret");
        assertEquals("snippet\n", site.text("headless/snippet.txt"), "a headless bundle's files are still published");
        assertEquals("png\n", site.text("posts/beside.png"));
        assertFalse(site.files().contains("posts/kept.md.backup"));
        for (String page : List.of(
                "gallery/_index.md",
                "gallery/sunset.md",
                "gallery/own.md",
                "gallery/trips/_index.md",
                "gallery/trips/alps.md")) {
            assertEquals("photo", site.page(page).type(), page);
        }
        assertEquals(
                "gallery.png", site.page("gallery/sunset.md").meta().params().get("banner"));
        assertEquals("own.png", site.page("gallery/own.md").meta().params().get("banner"), "the page's own value wins");
        assertEquals(
                "trips.png", site.page("gallery/trips/alps.md").meta().params().get("banner"), "the nearest wins");
        List<Page> posts = site.page("posts/kept.md").parent().pages();
        assertEquals(
                List.of("/posts/kept/", ""),
                posts.stream().map(Page::relPermalink).toList(),
                "a render-never page is listed with no permalink, a list-never page is not listed");
        assertTrue(site.result().site().regularPages().stream()
                .noneMatch(p -> p.filePath().equals("posts/unlisted.md")));
    }
}
