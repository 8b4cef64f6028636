package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteFixture;
import site.builder.config.BuildOptions;
import site.builder.config.ConfigLoader;
import site.common.BuildLog;

/**
 * Related content over a small site: the lists are Hugo 0.111.3's {@code .Site.RegularPages.Related .} for the
 * same site (printed by a one-line single.html there), with its default config and with a [related] table.
 */
class RelatedIndexTest {
    private static final String RELATED_TABLE = """
            -- hugo.toml --
            baseURL = "https://example.org/"
            [related]
            threshold = 50
            includeNewer = true
            toLower = true
            [[related.indices]]
            name = "tags"
            weight = 100
            [[related.indices]]
            name = "keywords"
            weight = 60
            [[related.indices]]
            name = "date"
            weight = 20
            pattern = "2006-01"
            """;
    /** Hugo adds the tags index to its defaults only when the site has the tag taxonomy. */
    private static final String DEFAULTS = """
            -- hugo.toml --
            baseURL = "https://example.org/"
            [taxonomies]
            tag = "tags"
            """;

    private static final String PAGES = """
            -- content/posts/a.md --
            ---
            title: A
            date: 2024-01-10
            tags: [Java, go]
            keywords: [jvm]
            ---
            -- content/posts/b.md --
            ---
            title: B
            date: 2024-01-20
            tags: [java]
            ---
            -- content/posts/c.md --
            ---
            title: C
            date: 2024-02-01
            tags: [go]
            keywords: [jvm, gc]
            ---
            -- content/posts/d.md --
            ---
            title: D
            date: 2024-01-05
            keywords: [JVM]
            ---
            -- content/posts/e.md --
            ---
            title: E
            date: 2023-06-01
            tags: [ops]
            ---
            -- content/posts/f.md --
            ---
            title: F
            date: 2024-01-15
            ---
            """;

    @TempDir
    Path dir;

    @Test
    void aRelatedTableWithLowerCasingAMonthPatternAndNewerPages() {
        assertEquals(
                Map.of("a", "c b d", "b", "a", "c", "a d", "d", "a c", "e", "", "f", ""),
                related(RELATED_TABLE + PAGES));
    }

    @Test
    void hugosDefaultsKeywordsTagsAndYearWithoutNewerPages() {
        assertEquals(Map.of("a", "", "b", "", "c", "a", "d", "", "e", "", "f", ""), related(DEFAULTS + PAGES));
    }

    /** Each page's related pages, by file base name. */
    private Map<String, String> related(String site) {
        SiteFixture.Built built = SiteFixture.of(site).build(dir);
        RelatedConfig config = RelatedConfig.of(new ConfigLoader(new BuildLog()).load(BuildOptions.defaults(dir)));
        List<Page> pages = built.result().site().regularPages();
        RelatedIndex index = RelatedIndex.of(config, pages, Map.of());
        Map<String, String> out = new TreeMap<>();
        for (Page page : pages) {
            out.put(
                    page.source().baseName(),
                    String.join(
                            " ",
                            index.related(page, 100).stream()
                                    .map(p -> p.source().baseName())
                                    .toList()));
        }
        return out;
    }
}
