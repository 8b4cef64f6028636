package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.common.BuildLog;
import site.common.LocatedException;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final BuildLog log = new BuildLog();

    private SiteConfig load(BuildOptions options) {
        return new ConfigLoader(log).load(options);
    }

    private SiteConfig load() {
        return load(BuildOptions.defaults(dir));
    }

    @Test
    void appliesHugoDefaultsWhenTheConfigIsSilent() {
        TestSites.in(dir);
        SiteConfig c = load();
        assertEquals(10, c.listing().pagination().pagerSize());
        assertEquals("page", c.listing().pagination().path());
        assertEquals(-1, c.listing().rssLimit());
        assertEquals(70, c.content().summaryLength());
        assertEquals(
                List.of("tag", "category"), List.copyOf(c.content().taxonomies().keySet()));
        assertEquals(List.of("HTML", "RSS"), c.listing().outputs().get("home"));
        assertEquals(dir.resolve("public"), c.dirs().publish());
    }

    @Test
    void servicesRssLimitWinsOverTheOlderRssLimitAsInHugo0111() {
        TestSites.in(dir).file("hugo.toml", "rssLimit = 2\n[services.rss]\nlimit = 3\n");
        assertEquals(3, load().listing().rssLimit());
        TestSites.in(dir).file("hugo.toml", "rssLimit = 2\n");
        assertEquals(2, load().listing().rssLimit());
    }

    @Test
    void aLoneTaxonomyInDisableKindsIsAnErrorUnlessIgnoredAsInHugo() {
        TestSites.in(dir).file("hugo.toml", "disableKinds = ['taxonomy']\n");
        LocatedException e = assertThrows(LocatedException.class, this::load);
        assertTrue(e.getMessage().contains("disableKinds has \"taxonomy\""), e.getMessage());
        TestSites.in(dir).file("hugo.toml", "disableKinds = ['taxonomy']\nignoreErrors = ['error-disable-taxonomy']\n");
        assertEquals(java.util.Set.of("taxonomy"), load().content().disableKinds());
        TestSites.in(dir).file("hugo.toml", "disableKinds = ['Taxonomy', 'TERM', 'RSS']\n");
        assertEquals(
                java.util.Set.of("taxonomy", "term", "rss"), load().content().disableKinds());
    }

    @Test
    void keysAreCaseInsensitiveInEveryFormat() {
        TestSites.in(dir)
                .file(
                        "hugo.toml",
                        "BaseURL = 'https://a.example'\nTIMEZONE = 'Asia/Seoul'\n[Params]\nShowToc = true\n");
        SiteConfig c = load();
        assertEquals("https://a.example/", c.baseURL());
        assertEquals(ZoneId.of("Asia/Seoul"), c.identity().timeZone());
        assertEquals(true, c.params().get("showtoc"));
    }

    @Test
    void hugoFilesComeBeforeConfigFiles() {
        TestSites.bare(dir).file("hugo.yaml", "title: from hugo\n").file("config.toml", "title = 'from config'\n");
        assertEquals("from hugo", load().identity().title());
    }

    @Test
    void environmentDirsMergeOverDefaultKeyByKey() {
        TestSites.bare(dir)
                .file("config/_default/params.toml", "author = 'A'\nshowToc = false\n")
                .file("config/staging/params.yaml", "showToc: true\n");
        SiteConfig c = load(BuildOptions.defaults(dir).withEnvironment("staging"));
        assertEquals("A", c.params().get("author"));
        assertEquals(true, c.params().get("showtoc"));
    }

    @Test
    void oldAndNewPaginationKeysAreBothAcceptedWithANoticeForTheOldOne() {
        TestSites.in(dir).file("hugo.toml", "paginate = 5\npaginatePath = 'seite'\n");
        SiteConfig old = load();
        assertEquals(5, old.listing().pagination().pagerSize());
        assertEquals("seite", old.listing().pagination().path());
        assertTrue(
                log.notices().stream().anyMatch(n -> n.contains("\"paginate\" is deprecated")),
                log.notices().toString());
        TestSites.in(dir).file("hugo.toml", "paginate = 5\n[pagination]\npagerSize = 3\npath = 'p'\n");
        assertEquals(3, load().listing().pagination().pagerSize());
    }

    @Test
    void aBrokenConfigFileNamesItsLine() {
        TestSites.in(dir).file("hugo.toml", "title = 'x'\nbaseURL = \n");
        LocatedException e = assertThrows(LocatedException.class, this::load);
        assertTrue(e.getMessage().contains("hugo.toml:2: invalid TOML"), e.getMessage());
    }

    @Test
    void anUnknownTimeZoneIsAnErrorThatSaysWhatIsExpected() {
        TestSites.in(dir).file("hugo.toml", "timeZone = 'Mars/Olympus'\n");
        LocatedException e = assertThrows(LocatedException.class, this::load);
        assertTrue(e.getMessage().contains("timeZone \"Mars/Olympus\" is not a time zone name"), e.getMessage());
    }

    @Test
    void aTimeZoneOrDisableKindsErrorPointsAtTheKeysLine() {
        TestSites.in(dir).file("hugo.toml", "title = 'x'\ntimeZone = 5\n");
        assertEquals(
                dir.resolve("hugo.toml") + ":2: config: timeZone \"5\" is not a time zone name such as"
                        + " \"Asia/Seoul\" or \"UTC\"",
                assertThrows(LocatedException.class, this::load).getMessage());
        TestSites.in(dir).file("hugo.toml", "title = 'x'\n\ndisableKinds = ['taxonomy']\n");
        assertTrue(assertThrows(LocatedException.class, this::load)
                .getMessage()
                .startsWith(dir.resolve("hugo.toml") + ":3: config: disableKinds has \"taxonomy\""));
    }

    @Test
    void noConfigAtAllSaysWhichFilesWereLookedFor() {
        LocatedException e = assertThrows(LocatedException.class, this::load);
        assertTrue(e.getMessage().contains("no site configuration found: add one of hugo.toml"), e.getMessage());
    }
}
