package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.content.Page;

/** Hugo's default page order and the section neighbours; every value is Hugo 0.111.3's for the same site. */
class ListOrderFixtureTest {
    @TempDir
    Path dir;

    @Test
    void weightsFirstThenNewestThenLinkTitleThenPathAndNeighboursRunTheOtherWay() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                -- content/posts/apple.md --
                {"title": "Apple", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/banana.md --
                {"title": "banana", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/cherry-a.md --
                {"title": "Cherry", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/cherry-b.md --
                {"title": "Cherry", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/heavy.md --
                {"title": "Heavy", "weight": 10, "date": "2020-01-01T00:00:00Z"}
                -- content/posts/light.md --
                {"title": "Light", "weight": 1, "date": "2019-01-01T00:00:00Z"}
                -- content/posts/linked.md --
                {"title": "Zulu", "linkTitle": "Aardvark", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/negative.md --
                {"title": "Negative", "weight": -5, "date": "2019-01-01T00:00:00Z"}
                -- content/posts/newest.md --
                {"title": "Newest", "date": "2024-07-01T00:00:00Z"}
                -- content/posts/undated.md --
                {"title": "Undated"}
                -- content/posts/upper.md --
                {"title": "ZEBRA", "date": "2024-06-01T12:00:00Z"}
                -- content/posts/한글.md --
                {"title": "가나다", "date": "2024-06-01T12:00:00Z"}
                """).build(dir);
        Page posts = site.page("posts/apple.md").parent();
        assertEquals(
                List.of(
                        "negative",
                        "light",
                        "heavy",
                        "newest",
                        "linked",
                        "apple",
                        "banana",
                        "cherry-a",
                        "cherry-b",
                        "upper",
                        "한글",
                        "undated"),
                posts.pages().stream().map(ListOrderFixtureTest::name).toList());
        assertEquals("heavy", name(site.page("posts/light.md").prevInSection()));
        assertEquals("negative", name(site.page("posts/light.md").nextInSection()));
        assertNull(site.page("posts/negative.md").nextInSection());
        assertNull(site.page("posts/undated.md").prevInSection());
        assertEquals("한글", name(site.page("posts/undated.md").nextInSection()));
    }

    private static String name(Page page) {
        String path = page.filePath();
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
    }
}
