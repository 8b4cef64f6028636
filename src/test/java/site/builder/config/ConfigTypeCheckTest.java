package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/** Settings of the wrong type read as Hugo 0.111.3 reads them, with a located warning when the value is lost. */
class ConfigTypeCheckTest {
    @TempDir
    Path dir;

    private final BuildLog log = new BuildLog();

    private SiteConfig load(String file, String text) {
        TestSites.bare(dir).file(file, text);
        return new ConfigLoader(log, Map.of()).load(BuildOptions.defaults(dir));
    }

    private List<String> warnings() {
        return log.warnings().stream()
                .map(w -> w.toString().replace(dir + "/", ""))
                .toList();
    }

    /** The errors of a site of its own (so that hugo.toml and hugo.yaml in one test do not meet). */
    private String error(String file, String text) {
        Path site = dir.resolve("site" + log.notices().size() + file + text.length());
        TestSites.bare(site).file(file, text);
        LocatedException e = assertThrows(
                LocatedException.class, () -> new ConfigLoader(log, Map.of()).load(BuildOptions.defaults(site)));
        return e.errors().stream()
                .map(LocatedError::toString)
                .map(s -> s.replace(site + "/", ""))
                .toList()
                .toString();
    }

    @Test
    void booleansConvertGoSpellingsAndWarnForOthers() {
        SiteConfig c = load("hugo.toml", "uglyURLs = \"true\"\nenableRobotsTXT = \"yes\"\ncanonifyURLs = 1\n");
        assertEquals(
                List.of(true, false, false),
                List.of(
                        c.flags().uglyURLs(),
                        c.flags().enableRobotsTXT(),
                        c.flags().canonifyURLs()));
        assertEquals(
                List.of(
                        "hugo.toml:2: enableRobotsTXT: expected true or false, found \"yes\"; read as false, as Hugo does",
                        "hugo.toml:3: canonifyURLs: expected true or false, found 1; read as false, as Hugo does"),
                warnings());
    }

    @Test
    void aYamlIntegerIsABooleanAsInHugoButNotForUglyURLs() {
        SiteConfig c = load("hugo.yaml", "enableRobotsTXT: 1\nuglyURLs: 1\n");
        assertEquals(
                List.of(true, false),
                List.of(c.flags().enableRobotsTXT(), c.flags().uglyURLs()));
        assertEquals(
                List.of("hugo.yaml:2: uglyURLs: expected true, false or a table of sections, found 1; read as false,"
                        + " as Hugo does"),
                warnings());
    }

    @Test
    void numbersConvertTextAndFallToZeroAsInHugo() {
        SiteConfig c = load("hugo.toml", "summaryLength = \"ten\"\nrssLimit = \"5\"\n[sitemap]\npriority = \"high\"\n");
        assertEquals(
                List.of(0, 5, 0.0),
                List.of(
                        c.content().summaryLength(),
                        c.listing().rssLimit(),
                        c.listing().sitemap().priority()));
        assertEquals(
                List.of(
                        "hugo.toml:1: summaryLength: expected a whole number, found \"ten\"; read as 0, as Hugo does",
                        "hugo.toml:4: sitemap.priority: expected a number, found \"high\"; read as 0, as Hugo does"),
                warnings());
    }

    @Test
    void textConvertsScalarsAndLosesListsAndTables() {
        SiteConfig c = load("hugo.json", "{\n  \"title\": 5,\n  \"languageCode\": [\"en\"]\n}\n");
        assertEquals(
                List.of("5", ""), List.of(c.identity().title(), c.identity().languageCode()));
        assertEquals(
                List.of("hugo.json:3: languageCode: expected text, found a list; read as \"\", as Hugo does"),
                warnings());
    }

    @Test
    void listsSplitTextAtSpacesAsHugosCastDoes() {
        SiteConfig c = load("hugo.toml", "disableKinds = \"RSS sitemap\"\n[outputs]\nhome = \"html rss\"\n");
        assertEquals(java.util.Set.of("rss", "sitemap"), c.content().disableKinds());
        assertEquals(List.of("HTML", "RSS"), c.listing().outputs().get("home"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aTableThatIsNoTableIsEmptySoNoTaxonomiesAsInHugo() {
        SiteConfig c = load("hugo.toml", "taxonomies = \"tags\"\n[permalinks]\nposts = 5\n");
        assertEquals(Map.of(), c.content().taxonomies());
        assertEquals(Map.of("posts", "5"), c.content().permalinks());
        assertEquals(
                List.of(
                        "hugo.toml:1: taxonomies: expected a table, found \"tags\"; read as an empty table, as Hugo does"),
                warnings());
    }

    @Test
    void markupIsDecodedAsHugoDecodesItWhereATomlOneIsTrue() {
        SiteConfig c = load(
                "hugo.toml",
                "[markup.goldmark.renderer]\nunsafe = 1\n[markup.tableOfContents]\nstartLevel = \"3\"\n"
                        + "[markup.highlight]\nnoClasses = \"false\"\n");
        assertEquals(
                Map.of(
                        "goldmark",
                        Map.of("renderer", Map.of("unsafe", true)),
                        "tableofcontents",
                        Map.of("startlevel", 3L),
                        "highlight",
                        Map.of("noclasses", false)),
                c.markup());
        assertEquals(List.of(), warnings());
    }

    @Test
    void aMarkupValueHugoCannotDecodeStopsTheBuild() {
        assertEquals(
                "[hugo.toml:2: markup.goldmark.renderer.unsafe: expected true or false, found \"yes\"; Hugo stops too"
                        + " (\"1 error(s) decoding\")]",
                error("hugo.toml", "[markup.goldmark.renderer]\nunsafe = \"yes\"\n"));
        assertEquals(
                "[hugo.yaml:3: markup.goldmark: expected a table, found \"x\"; Hugo stops too (\"1 error(s) decoding\")]",
                error("hugo.yaml", "title: t\nmarkup:\n  goldmark: x\n"));
    }

    @Test
    void menuEntriesConvertTheirFields() {
        load("config/_default/menus.en.yaml", "main:\n  - name: 5\n    weight: heavy\n");
        assertEquals(
                List.of("config/_default/menus.en.yaml:3: languages.en.menus.main.0.weight: expected a whole number,"
                        + " found \"heavy\"; read as 0, as Hugo does"),
                warnings());
    }

    @Test
    void whereHugoStopsSiteStopsWithTheLine() {
        assertEquals(
                "[hugo.toml:3: menu.main: expected a list of entries ([[menu.main]] in TOML, a list in YAML), found"
                        + " a table; Hugo stops too when a template reads the menus, as themes do (\"menus in site config contain errors\")]",
                error("hugo.toml", "title = 'x'\n\n[menu.main]\nname = 'a'\n"));
        assertEquals(
                "[hugo.yaml:2: languages.en: expected a table, found \"x\"; Hugo stops too, or builds no pages]",
                error("hugo.yaml", "languages:\n  en: x\n"));
        assertEquals(
                "[hugo.toml:1: paginate: expected a whole number above 0, found \"five\"; Hugo stops too, when a page"
                        + " is paginated (\"'paginate' configuration setting must be positive to paginate\")]",
                error("hugo.toml", "paginate = \"five\"\n"));
    }

    @Test
    void aKeyInAConfigFolderFileIsNamedWithItsTable() {
        load("config/_default/params.toml", "[social]\nx = 1\n");
        TestSites.bare(dir).file("config/_default/hugo.toml", "hasCJKLanguage = 'maybe'\n");
        new ConfigLoader(log, Map.of()).load(BuildOptions.defaults(dir));
        assertEquals(
                List.of("config/_default/hugo.toml:1: hasCJKLanguage: expected true or false, found \"maybe\";"
                        + " read as false, as Hugo does"),
                warnings());
    }

    @Test
    void aConfigFolderFileNamedLikeATypoGetsADidYouMeanAtTheFile() {
        load("config/_default/parmas.toml", "color = 'red'\n");
        assertEquals(
                List.of(dir.resolve("config/_default/parmas.toml") + ": \"parmas\" is not a Hugo setting (Hugo ignores"
                        + " it); did you mean \"params\"?"),
                log.notices());
    }

    @Test
    void aValueFromTheEnvironmentHasNoFile() {
        TestSites.bare(dir).file("hugo.toml", "title = 'x'\n");
        new ConfigLoader(log, Map.of("HUGO_SUMMARYLENGTH", "long")).load(BuildOptions.defaults(dir));
        assertEquals(
                List.of("summarylength: expected a whole number, found \"long\"; read as 0, as Hugo does"), warnings());
    }
}
