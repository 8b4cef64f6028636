package site.builder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.config.BuildOptions;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoSite;

/**
 * Differential test: every fixture site built by real Hugo 0.111.3 (with the dump theme) and by
 * `site build --dump-pages`; output paths, page variables, lists, pagination, feeds, sitemap and
 * aliases must agree.
 */
class BuildVsHugoIT {
    /** Page variables compared for every page; Markdown-derived ones are compared in the markdown tests. */
    static final List<String> FIELDS = List.of("kind", "type", "section", "title", "linkTitle", "permalink",
            "relPermalink", "date", "lastmod", "publishDate", "expiryDate", "draft", "weight", "slug", "aliases",
            "terms", "pages", "regularPages", "sections", "prevInSection", "nextInSection", "file", "paginator");

    @BeforeAll
    static void hugo() {
        HugoFixtures.requireHugo();
    }

    @ParameterizedTest
    @ValueSource(strings = {"korean-urls", "bundles", "nested-sections", "frontmatter-formats", "permalinks",
            "taxonomies", "aliases", "collisions", "sorting", "dates-timezone", "pagination", "outputs-feeds",
            "menus", "ugly-urls", "config-dirs"})
    void buildsLikeHugo(String name) throws IOException {
        HugoSite hugo = HugoFixtures.site(name);
        HugoSite ours = ours(name);
        SiteDiff diff = new SiteDiff();
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, FIELDS);
        diff.sets("output files", comparable(hugo.files(), hugo), comparable(filesOf(ours), ours));
        assertTrue(diff.diffs().isEmpty(), name + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    private static HugoSite ours(String name) throws IOException {
        Path root = Files.createDirectories(Path.of("target/site-builds"));
        Path out = Files.createTempDirectory(root, name + "-public");
        Path dump = Files.createTempDirectory(root, name + "-dump");
        BuildOptions options = new BuildOptions(HugoFixtures.SITES.resolve(name), out.toAbsolutePath(), null, null,
                null, null, null, null, null, null);
        new SiteBuilder(Clock.systemUTC(), dump).build(options);
        HugoSite dumped = HugoSite.loadDumpDir(dump);
        return new HugoSite(out, dumped.pages(), HugoSite.read(out).files(), Set.of());
    }

    private static Set<String> filesOf(HugoSite site) {
        return site.files();
    }

    /** Output files both sides must have: everything but the themes' own static files. */
    private static Set<String> comparable(Set<String> files, HugoSite site) {
        Set<String> out = new TreeSet<>(files);
        out.removeIf(f -> f.startsWith("css/") || f.startsWith("js/"));
        return out;
    }
}
