package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.content.Page;
import site.builder.content.SiteIndex;

/** Each page's .Parent (and so its .Ancestors and breadcrumbs); every value is Hugo 0.111.3's for the same site. */
class ParentsFixtureTest {
    @TempDir
    Path dir;

    @Test
    void aPagesParentIsItsSectionASectionsTheOneAboveATermsItsTaxonomyAndATaxonomysTheHome() {
        SiteFixture.Built site = SiteFixture.of("""
                        -- hugo.toml --
                        baseURL = "https://example.org/"
                        -- content/posts/sub/x.md --
                        ---
                        title: X
                        tags: [t]
                        ---
                        -- content/posts/sub/_index.md --
                        ---
                        title: Sub
                        ---
                        -- content/posts/y.md --
                        ---
                        title: Y
                        ---
                        -- content/about.md --
                        ---
                        title: About
                        ---
                        """).build(dir);
        SiteIndex index = site.result().site();
        Map<String, String> parents = new TreeMap<>();
        index.allPages().forEach(p -> parents.put(p.relPermalink(), parentOf(p)));
        assertEquals(
                Map.of(
                        "/", "",
                        "/about/", "/",
                        "/categories/", "/",
                        "/posts/", "/",
                        "/posts/sub/", "/posts/",
                        "/posts/sub/x/", "/posts/sub/",
                        "/posts/y/", "/posts/",
                        "/tags/", "/",
                        "/tags/t/", "/tags/"),
                parents);
    }

    private static String parentOf(Page page) {
        return page.parent() == null ? "" : page.parent().relPermalink();
    }
}
