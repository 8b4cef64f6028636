package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;
import site.testsupport.DomOutline;
import site.testsupport.RecordedOutlines;

/**
 * Differential test against Hugo 0.111.3 + PaperMod (the version pinned in docs/THEMES.md): every HTML page of
 * each PaperMod fixture site, built by site with the bundled `paper` theme, has the DOM outline that Hugo +
 * PaperMod wrote for it, as recorded by scripts/record-papermod-outlines.sh.
 */
class PaperModOutlineTest {
    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final Path RECORDED = Path.of("src/test/resources/papermod-outlines");

    /**
     * site writes every list's pagers whether or not the template shows a pager (COMPATIBILITY.md: a taxonomy
     * list's and a profile-mode home's LIST/page/N/), Hugo only when the template paginates.
     */
    private static final Pattern EXTRA_PAGER = Pattern.compile("(.+/)?page/[0-9]+/index\\.html");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "papermod-profile",
                "papermod-list",
                "papermod-homeinfo",
                "papermod-feeds",
                "papermod-multilingual"
            })
    void everyPageHasPaperModsOutline(String site) throws IOException {
        Map<String, List<String>> expected = RecordedOutlines.read(RECORDED.resolve(site + ".txt"));
        BuildOptions options = BuildOptions.defaults(SITES.resolve(site)).withDestination(out);
        new SiteBuilder(Clock.systemUTC(), null).build(options);
        Map<String, List<String>> actual = DomOutline.ofSite(out);
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        assertEquals(Set.of(), missing, site + ": pages Hugo + PaperMod writes and site does not");
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        extra.removeIf(p -> EXTRA_PAGER.matcher(p).matches());
        assertEquals(Set.of(), extra, site + ": pages only site writes (other than pagers, COMPATIBILITY.md)");
        List<String> diffs = new ArrayList<>();
        expected.forEach(
                (page, lines) -> firstDifference(lines, actual.get(page)).ifPresent(d -> diffs.add(page + ": " + d)));
        assertTrue(
                diffs.isEmpty(),
                site + " differs from Hugo + PaperMod in " + diffs.size() + " pages:\n" + String.join("\n", diffs));
    }

    /** Where two outlines part, with the lines around it, or empty when they are equal. */
    static java.util.Optional<String> firstDifference(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        int i = 0;
        while (i < n && expected.get(i).equals(actual.get(i))) i++;
        if (i == n && expected.size() == actual.size()) return java.util.Optional.empty();
        int from = Math.max(0, i - 3);
        return java.util.Optional.of("line " + (i + 1) + "\n  expected: " + window(expected, from, i + 3)
                + "\n  actual:   " + window(actual, from, i + 3));
    }

    private static String window(List<String> lines, int from, int to) {
        return String.join(" | ", lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size())));
    }
}
