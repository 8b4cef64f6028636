package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.common.BuildLog;
import site.common.LocatedException;

/** [languages] as Hugo 0.111.3 reads it (HUGO-FACTS.md, "Multilingual sites"). */
class LanguagesTest {
    @TempDir
    Path dir;

    private Languages load(String toml) {
        TestSites.bare(dir).file("hugo.toml", toml);
        return Languages.of(new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir)));
    }

    @Test
    void aSiteWithoutLanguagesHasItsDefaultContentLanguageOnly() {
        Languages languages = load("title = \"T\"\ndefaultContentLanguage = \"ko\"\n");
        assertFalse(languages.multilingual());
        assertEquals(List.of("ko"), languages.all().stream().map(Language::lang).toList());
        assertEquals("T", languages.defaultLanguage().title());
    }

    @Test
    void weightZeroSortsLastAndDisabledLanguagesAreLeftOut() {
        Languages languages = load("""
                defaultContentLanguage = "en"
                disableLanguages = ["fr"]
                [languages.en]
                [languages.ko]
                [languages.de]
                weight = 3
                [languages.fr]
                weight = 1
                """);
        assertEquals(
                List.of("de", "en", "ko"),
                languages.all().stream().map(Language::lang).toList());
        assertTrue(languages.keys().contains("fr"), "its files are still recognised, then dropped");
    }

    @Test
    void aLanguageFallsBackToTheSitesTitleCodeAndMenusAndMergesItsParams() {
        Languages languages = load("""
                title = "Root"
                languageCode = "ko-kr"
                defaultContentLanguage = "ko"
                [params]
                a = "site"
                b = "site"
                [[menus.main]]
                name = "Root menu"
                [languages.ko]
                weight = 1
                [languages.en]
                weight = 2
                title = "English"
                [languages.en.params]
                a = "en"
                [[languages.en.menu.main]]
                name = "English menu"
                """);
        Language ko = languages.all().get(0);
        Language en = languages.all().get(1);
        assertEquals(List.of("Root", "ko-kr"), List.of(ko.title(), ko.languageCode()));
        assertEquals(List.of("English", "ko-kr"), List.of(en.title(), en.languageCode()));
        assertEquals(
                List.of("en", "site"), List.of(en.params().get("a"), en.params().get("b")));
        assertEquals("English", en.params().get("title"), "Hugo 0.111 copies the language's keys into its params");
        assertEquals("Root menu", ((Map<?, ?>) ((List<?>) ko.menus().get("main")).get(0)).get("name"));
        assertEquals("English menu", ((Map<?, ?>) ((List<?>) en.menus().get("main")).get(0)).get("name"));
    }

    @Test
    void aDefaultContentLanguageThatIsNoDefinedLanguageIsAnError() {
        site.common.LocatedException e = org.junit.jupiter.api.Assertions.assertThrows(
                site.common.LocatedException.class, () -> load("[languages.ko]\ntitle = \"K\"\n"));
        assertEquals(
                "config: defaultContentLanguage \"en\" is not one of the languages in [languages] (ko); set it to one of them",
                e.errors().get(0).message());
    }

    @Test
    void theDefaultLanguageIsAtTheRootUnlessInSubdir() {
        String toml = "defaultContentLanguage = \"ko\"\n[languages.ko]\nweight = 1\n[languages.en]\nweight = 2\n";
        Languages atRoot = load(toml);
        assertEquals(
                List.of("", "en/"), atRoot.all().stream().map(atRoot::prefix).toList());
        Languages inSubdir = load("defaultContentLanguageInSubdir = true\n" + toml);
        assertEquals(
                List.of("ko/", "en/"),
                inSubdir.all().stream().map(inSubdir::prefix).toList());
    }

    @Test
    void languagesAndPerLanguageMenusComeFromConfigDirectoryFiles() {
        TestSites.bare(dir)
                .file("config/_default/hugo.toml", "defaultContentLanguage = \"ko\"\n")
                .file("config/_default/languages.toml", "[ko]\nweight = 1\n[en]\nweight = 2\n")
                .file("config/_default/menus.en.toml", "[[main]]\nname = \"Posts\"\n");
        Languages languages = Languages.of(new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir)));
        assertEquals(
                List.of("ko", "en"),
                languages.all().stream().map(Language::lang).toList());
        assertEquals(Map.of(), languages.all().get(0).menus());
        assertEquals(
                "Posts", ((Map<?, ?>) ((List<?>) languages.all().get(1).menus().get("main")).get(0)).get("name"));
    }

    @Test
    void aLanguageOverridesPagerTimeZoneAndPermalinksForItsSiteAlone() {
        Languages languages = load("""
                defaultContentLanguage = "ko"
                paginate = 3
                timeZone = "Asia/Seoul"
                [permalinks]
                posts = "/:year/:slug/"
                [languages.ko]
                weight = 1
                [languages.en]
                weight = 2
                paginate = 1
                paginatePath = "seite"
                timeZone = "America/New_York"
                [languages.en.permalinks]
                notes = "/n/:slug/"
                """);
        SiteConfig site = new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir));
        SiteConfig ko = languages.configFor(site, languages.all().get(0));
        SiteConfig en = languages.configFor(site, languages.all().get(1));
        assertEquals(new SiteConfig.Pagination(3, "page"), ko.listing().pagination());
        assertEquals(new SiteConfig.Pagination(1, "seite"), en.listing().pagination());
        assertEquals("Asia/Seoul", ko.identity().timeZone().getId());
        assertEquals("America/New_York", en.identity().timeZone().getId());
        assertEquals(Map.of("posts", "/:year/:slug/"), ko.content().permalinks());
        assertEquals(
                Map.of("notes", "/n/:slug/"), en.content().permalinks(), "the language's table replaces the site's");
    }

    @Test
    void languagesOnTheirOwnHostsArePublishedInTheirFoldersAtTheirBaseURL() {
        Languages languages = load("""
                baseURL = "https://ignored.example/"
                defaultContentLanguage = "ko"
                [languages.ko]
                weight = 1
                baseURL = "https://ko.example.org/"
                [languages.en]
                weight = 2
                baseURL = "https://example.com/blog"
                """);
        SiteConfig site = new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir));
        Language ko = languages.all().get(0);
        Language en = languages.all().get(1);
        assertTrue(languages.multihost());
        assertEquals(
                List.of("", "", "ko/", "en/"),
                List.of(
                        languages.prefix(ko),
                        languages.prefix(en),
                        languages.publishFolder(ko),
                        languages.publishFolder(en)));
        assertEquals("https://example.com/blog/", languages.configFor(site, en).baseURL());
    }

    @Test
    void aBaseURLOnSomeLanguagesOnlyIsAnError() {
        LocatedException e = org.junit.jupiter.api.Assertions.assertThrows(LocatedException.class, () -> load("""
                defaultContentLanguage = "ko"
                [languages.ko]
                baseURL = "https://ko.example.org/"
                [languages.en]
                """));
        assertEquals(
                "config: baseURL must be set on all or none of the languages: [languages.ko] set it,"
                        + " [languages.en] not",
                e.errors().get(0).message());
    }

    @Test
    void aLanguagesOwnSettingsReplaceTheSitesInItsConfigAndDisabledLeavesItOut() {
        TestSites.bare(dir).file("hugo.toml", """
                defaultContentLanguage = "ko"
                copyright = "site"
                summaryLength = 70
                [languages.ko]
                copyright = "ko"
                summaryLength = 3
                rssLimit = 1
                disableKinds = ["RSS"]
                [languages.ko.taxonomies]
                series = "series"
                [languages.en]
                [languages.fr]
                disabled = true
                """);
        SiteConfig site = new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir));
        Languages languages = Languages.of(site);
        assertEquals(
                List.of("en", "ko"),
                languages.all().stream().map(Language::lang).sorted().toList());
        assertTrue(languages.disabled().contains("fr"));
        SiteConfig ko = languages.configFor(site, languages.defaultLanguage());
        assertEquals(
                List.of(3, 1),
                List.of(ko.content().summaryLength(), ko.listing().rssLimit()));
        assertEquals(Map.of("series", "series"), ko.content().taxonomies());
        assertEquals(java.util.Set.of("rss"), ko.content().disableKinds());
        assertEquals("ko", ko.raw().get("copyright"));
        SiteConfig en = languages.configFor(site, language(languages, "en"));
        assertEquals(
                List.of(70, -1),
                List.of(en.content().summaryLength(), en.listing().rssLimit()));
        assertEquals(
                List.of("tag", "category"),
                List.copyOf(en.content().taxonomies().keySet()));
        assertEquals(java.util.Set.of(), en.content().disableKinds());
        assertEquals("site", en.raw().get("copyright"));
    }

    @Test
    void aLanguagesSitemapUglyURLsAndMarkupReplaceTheSitesButItsFrontMatterIsIgnored() {
        TestSites.bare(dir).file("hugo.toml", """
                defaultContentLanguage = "ko"
                [sitemap]
                changefreq = "weekly"
                priority = 0.3
                [markup.goldmark.renderer]
                hardWraps = true
                [frontmatter]
                date = ["mydate"]
                [languages.ko]
                uglyURLs = true
                [languages.ko.sitemap]
                changefreq = "daily"
                [languages.ko.markup.highlight]
                style = "dracula"
                [languages.ko.frontmatter]
                date = ["date"]
                [languages.en]
                """);
        SiteConfig site = new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir));
        Languages languages = Languages.of(site);
        SiteConfig ko = languages.configFor(site, languages.defaultLanguage());
        // each table replaced whole: ko's sitemap has Hugo's default priority, its markup no hardWraps
        assertEquals(
                new SiteConfig.Sitemap("daily", -1, "sitemap.xml"), ko.listing().sitemap());
        assertEquals(Map.of("highlight", Map.of("style", "dracula")), ko.markup());
        assertTrue(ko.flags().uglyURLs());
        assertEquals(List.of("mydate"), ko.content().frontMatterDates().date());
        SiteConfig en = languages.configFor(site, language(languages, "en"));
        assertEquals(
                new SiteConfig.Sitemap("weekly", 0.3, "sitemap.xml"),
                en.listing().sitemap());
        assertEquals(site.markup(), en.markup());
        assertEquals(false, en.flags().uglyURLs());
    }

    @Test
    void aLanguagesDisableKindsWithTaxonomyAloneFailsAsTheSitesDoes() {
        TestSites.bare(dir).file("hugo.toml", """
                defaultContentLanguage = "ko"
                [languages.ko]
                [languages.en]
                disableKinds = ["taxonomy"]
                """);
        SiteConfig site = new ConfigLoader(new BuildLog(), Map.of()).load(BuildOptions.defaults(dir));
        Languages languages = Languages.of(site);
        Language en = language(languages, "en");
        LocatedException e = org.junit.jupiter.api.Assertions.assertThrows(
                LocatedException.class, () -> languages.configFor(site, en));
        assertTrue(e.getMessage().contains("disableKinds has \"taxonomy\""), e.getMessage());
    }

    private static Language language(Languages languages, String lang) {
        return languages.all().stream()
                .filter(l -> l.lang().equals(lang))
                .findFirst()
                .orElseThrow();
    }
}
