package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    /** Page variables compared for every page. */
    static final List<String> FIELDS = List.of(
            "kind",
            "type",
            "section",
            "title",
            "linkTitle",
            "permalink",
            "relPermalink",
            "date",
            "lastmod",
            "publishDate",
            "expiryDate",
            "draft",
            "weight",
            "slug",
            "aliases",
            "terms",
            "pages",
            "regularPages",
            "sections",
            "prevInSection",
            "nextInSection",
            "file",
            "paginator",
            "params",
            "description",
            "layout",
            "summary",
            "truncated",
            "wordCount",
            "fuzzyWordCount",
            "readingTime",
            "tableOfContents",
            "content",
            "lang",
            "translations");

    @BeforeAll
    static void hugo() {
        HugoFixtures.requireHugo();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "korean-urls",
                "bundles",
                "nested-sections",
                "frontmatter-formats",
                "permalinks",
                "taxonomies",
                "aliases",
                "collisions",
                "sorting",
                "dates-timezone",
                "pagination",
                "outputs-feeds",
                "menus",
                "ugly-urls",
                "config-dirs",
                "content-files",
                "no-content",
                "sitemap-config",
                "odd-dates",
                "term-spellings",
                "list-dates"
            })
    void buildsLikeHugo(String name) throws IOException {
        assertSameSite(name, HugoFixtures.site(name), ours(name));
    }

    /** disableKinds, one kind at a time (an environment per kind, config/<kind>/hugo.toml), and several at once. */
    @ParameterizedTest
    @ValueSource(strings = {"rss", "home", "section", "page", "404", "term", "taxonomy", "several"})
    void leavesOutDisabledKindsLikeHugo(String environment) throws IOException {
        HugoSite hugo = HugoFixtures.site("disable-kinds", "--environment", environment);
        BuildOptions options = BuildOptions.defaults(null).withEnvironment(environment);
        assertSameSite("disable-kinds " + environment, hugo, ours("disable-kinds", options));
    }

    private static void assertSameSite(String name, HugoSite hugo, HugoSite ours) {
        SiteDiff diff = new SiteDiff();
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, FIELDS);
        diff.sets("output files", comparable(hugo.files()), comparable(ours.files()));
        compareFeedsSitemapAliases(hugo, ours, diff);
        if (hugo.pages().containsKey("/") && ours.pages().containsKey("/")) { // disableKinds = ["home"] has none
            diff.equal(
                    "site settings", hugo.page("/").path("site"), ours.page("/").path("site"));
            diff.equal("menus", hugo.page("/").path("menus"), ours.page("/").path("menus"));
        }
        assertTrue(diff.diffs().isEmpty(), name + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    /**
     * Multilingual sites: every language's pages, feeds, sitemaps, 404 and menus as Hugo writes them, the
     * sitemap index and the default language's redirect at the root, translations on every page.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "multilingual",
                "multilingual-subdir",
                "multilingual-settings",
                "multilingual-multihost",
                "multilingual-own-settings"
            })
    void buildsMultilingualSitesLikeHugo(String name) throws IOException {
        HugoSite hugo = HugoFixtures.site(name);
        HugoSite ours = ours(name);
        SiteDiff diff = new SiteDiff();
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, FIELDS);
        diff.sets("output files", comparable(hugo.files()), comparable(ours.files()));
        for (String file : hugo.files()) {
            if ((file.endsWith(".xml") || file.equals("robots.txt"))
                    && ours.files().contains(file)) {
                diff.equal(file, hugo.text(file), ours.text(file));
            }
        }
        diff.equal("aliases", hugo.aliases(), ours.aliases());
        for (String home : hugo.pages().keySet()) {
            if (!hugo.pages().get(home).path("kind").asText().equals("home") || home.contains("/page/")) continue;
            diff.equal(
                    home + " site settings",
                    withoutLanguageKeysInParams(hugo.page(home).path("site")),
                    withoutLanguageKeysInParams(ours.page(home).path("site")));
            diff.equal(
                    home + " menus",
                    hugo.page(home).path("menus"),
                    ours.page(home).path("menus"));
        }
        assertTrue(diff.diffs().isEmpty(), name + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    /**
     * Hugo 0.111 copies a language's own config keys into that language's .Site.Params, site too; only the menu
     * entries there keep their keys' case in Hugo ("pageRef"), so "menus" is not compared (COMPATIBILITY.md).
     */
    private static com.fasterxml.jackson.databind.JsonNode withoutLanguageKeysInParams(
            com.fasterxml.jackson.databind.JsonNode site) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = site.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("params")).remove("menus");
        return copy;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-D", "-F", "-E", "-D -F -E"})
    void includesDraftsFutureAndExpiredOnlyWhenAsked(String flags) throws IOException {
        String[] args = flags.split(" ");
        HugoSite hugo = HugoFixtures.site("frontmatter-formats", args);
        BuildOptions options = BuildOptions.defaults(null)
                .withBuildDrafts(flags.contains("-D") ? true : null)
                .withBuildFuture(flags.contains("-F") ? true : null)
                .withBuildExpired(flags.contains("-E") ? true : null);
        SiteDiff diff = new SiteDiff();
        HugoSite ours = ours("frontmatter-formats", options);
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, FIELDS);
        assertTrue(diff.diffs().isEmpty(), flags + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void mergesTheEnvironmentConfig(String environment) throws IOException {
        HugoSite hugo = HugoFixtures.site("config-dirs", "--environment", environment);
        BuildOptions options = BuildOptions.defaults(null).withEnvironment(environment);
        HugoSite ours = ours("config-dirs", options);
        SiteDiff diff = new SiteDiff();
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, List.of("title", "permalink", "paginator", "params"));
        diff.equal("site settings", hugo.page("/").path("site"), ours.page("/").path("site"));
        diff.equal("menus", hugo.page("/").path("menus"), ours.page("/").path("menus"));
        assertTrue(diff.diffs().isEmpty(), environment + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    /** The one intended difference (COMPATIBILITY.md): current Hugo's [pagination] keys, which 0.111 ignores. */
    @org.junit.jupiter.api.Test
    void followsCurrentHugosPaginationKeysWhere0111IgnoresThem() throws IOException {
        HugoSite hugo = HugoFixtures.site("pagination-new-keys");
        HugoSite ours = ours("pagination-new-keys");
        assertEquals(
                10, hugo.page("/posts/").path("paginator").path("pagerSize").asInt());
        assertEquals(3, ours.page("/posts/").path("paginator").path("pagerSize").asInt());
        assertTrue(
                ours.pages().containsKey("/posts/seite/2/"),
                ours.pages().keySet().toString());
        assertTrue(
                hugo.pages().containsKey("/posts/page/2/"),
                hugo.pages().keySet().toString());
    }

    /** Feeds and sitemap compare as text; aliases by target. */
    private static void compareFeedsSitemapAliases(HugoSite hugo, HugoSite ours, SiteDiff diff) {
        for (String file : hugo.files()) {
            if (file.endsWith(".xml") && ours.files().contains(file)) { // feeds and the sitemap, whatever its name
                diff.equal(file, hugo.text(file), ours.text(file));
            }
        }
        diff.equal("aliases", hugo.aliases(), ours.aliases());
    }

    private static final Path FEEDLESS_THEME = Path.of("src/test/resources/jte-feedless-theme");

    private static HugoSite ours(String name) throws IOException {
        return ours(name, BuildOptions.defaults(null));
    }

    private static HugoSite ours(String name, BuildOptions flags) throws IOException {
        Path root = Files.createDirectories(Path.of("target/site-builds"));
        Path out = Files.createTempDirectory(root, name + "-public");
        Path dump = Files.createTempDirectory(root, name + "-dump");
        // a jte theme without feed templates, so the feeds are the builder's own, as Hugo's built-in rss.xml
        // (the bundled theme writes PaperMod's, which PaperModFeedTest checks); it compiles into the site's
        // resources/_gen, so the site is built from a copy
        Path source =
                TestSites.copy(HugoFixtures.SITES.resolve(name), Files.createTempDirectory(root, name + "-source"));
        BuildOptions options = BuildOptions.defaults(source)
                .withDestination(out.toAbsolutePath())
                .withBuildDrafts(flags.buildDrafts())
                .withBuildFuture(flags.buildFuture())
                .withBuildExpired(flags.buildExpired())
                .withEnvironment(flags.environment())
                .withTheme(FEEDLESS_THEME.toAbsolutePath().toString());
        new SiteBuilder(Clock.systemUTC(), dump).build(options);
        HugoSite dumped = HugoSite.loadDumpDir(dump);
        return new HugoSite(out, dumped.pages(), HugoSite.read(out).files(), Set.of());
    }

    /** Output files both sides must have: everything but the themes' own static files. */
    private static Set<String> comparable(Set<String> files) {
        Set<String> out = new TreeSet<>(files);
        out.removeIf(f ->
                f.startsWith("css/") || f.startsWith("js/") || f.startsWith("vendor/")); // the theme's static files
        out.remove(".site_build.lock"); // site's build lock is in the destination, Hugo's in the site root
        return out;
    }
}
