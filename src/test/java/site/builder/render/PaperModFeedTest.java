package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;
import site.testsupport.FeedOutline;
import site.testsupport.RecordedOutlines;

/**
 * Differential test against Hugo 0.111.3 + PaperMod v7.0: every RSS feed of each PaperMod fixture site (home,
 * sections, taxonomies, terms), built by site with the bundled `paper` theme, says what PaperMod's rss.xml wrote,
 * channel field by field and item by item, as recorded by scripts/record-papermod-outlines.sh.
 */
class PaperModFeedTest {
    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final Path RECORDED = Path.of("src/test/resources/papermod-feeds");

    @TempDir
    Path out;

    @TempDir
    Path copy;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "papermod-profile",
                "papermod-list",
                "papermod-homeinfo",
                "papermod-feeds",
                "papermod-multilingual"
            })
    void everyFeedSaysWhatPaperModsFeedSays(String site) throws IOException {
        assertSameFeeds(site, SITES.resolve(site));
    }

    /** A site with its own layouts has the theme compiled at run time, not precompiled: the feeds stay the same. */
    @Test
    void theFeedsAreTheSameWhenTheSiteOverridesATemplate() throws IOException {
        TestSites.bare(copy)
                .file(
                        "layouts/_partials/footer.jte",
                        "@param site.builder.render.PageView page\n<footer class=\"footer\">own</footer>\n");
        try (Stream<Path> files = Files.walk(SITES.resolve("papermod-feeds"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(
                        SITES.resolve("papermod-feeds").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        assertSameFeeds("papermod-feeds", copy);
    }

    private void assertSameFeeds(String site, Path source) throws IOException {
        Map<String, List<String>> expected = RecordedOutlines.read(RECORDED.resolve(site + ".txt"));
        BuildOptions options = BuildOptions.defaults(source).withDestination(out);
        new SiteBuilder(Clock.systemUTC(), null).build(options);
        Map<String, List<String>> actual = FeedOutline.ofSite(out);
        assertEquals(expected.keySet(), actual.keySet(), site + ": the feeds written");
        List<String> diffs = new ArrayList<>();
        expected.forEach((feed, lines) -> {
            List<List<String>> want = blocks(lines);
            List<List<String>> got = blocks(actual.get(feed));
            for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
                List<String> w = i < want.size() ? want.get(i) : List.of();
                List<String> g = i < got.size() ? got.get(i) : List.of();
                if (!w.equals(g))
                    diffs.add(feed + " " + (i == 0 ? "channel" : "item " + i) + "\n  expected: " + w + "\n  actual:   "
                            + g);
            }
        });
        assertEquals(List.of(), diffs, site + ": feeds that differ from Hugo + PaperMod");
    }

    /** The channel's own lines, then one block per item. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String line : lines) {
            if (line.equals("item")) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(line);
        }
        return out;
    }
}
