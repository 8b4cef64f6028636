package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoSite;

/**
 * Which pages translate each other: each page's language and .Translations (from `--dump-pages`), the home's
 * .AllTranslations and the sitemap's hreflang alternates. Every expected value is Hugo 0.111.3's for the same site.
 */
class TranslationsFixtureTest {
    private static final String ORIGIN = "https://example.org";

    @TempDir
    Path dir;

    private static final SiteFixture THREE_LANGUAGES = SiteFixture.of("""
            -- hugo.toml --
            baseURL = "https://example.org/"
            defaultContentLanguage = "en"
            disableKinds = ["RSS"]
            [languages.en]
            weight = 1
            [languages.fr]
            weight = 2
            [languages.de]
            weight = 3
            -- content/posts/hello.md --
            ---
            title: Hello
            tags: [x]
            ---
            -- content/posts/hello.fr.md --
            ---
            title: Bonjour
            tags: [x]
            ---
            -- content/posts/other.md --
            ---
            title: Other
            ---
            -- content/posts/keyed.md --
            ---
            title: Keyed
            translationKey: k1
            ---
            -- content/posts/gekeyed.de.md --
            ---
            title: Gekeyed
            translationKey: k1
            ---
            -- content/docs/_index.fr.md --
            ---
            title: Docs FR
            ---
            -- content/docs/d.de.md --
            ---
            title: D
            ---
            -- content/docs/d.md --
            ---
            title: D
            ---
            """);

    @Test
    void pagesPairByPathWithoutLanguageOrByTranslationKeyAndListPagesByKindAndPath() throws IOException {
        HugoSite site = dump(THREE_LANGUAGES);
        Map<String, String> expected = new TreeMap<>();
        expected.put("/404.html", "en:");
        expected.put("/fr/404.html", "fr:");
        expected.put("/de/404.html", "de:");
        expected.put("/posts/hello/", "en: /fr/posts/hello/");
        expected.put("/fr/posts/hello/", "fr: /posts/hello/");
        expected.put("/posts/other/", "en:");
        expected.put("/posts/keyed/", "en: /de/posts/gekeyed/");
        expected.put("/de/posts/gekeyed/", "de: /posts/keyed/");
        expected.put("/docs/d/", "en: /de/docs/d/");
        expected.put("/de/docs/d/", "de: /docs/d/");
        expected.put("/tags/x/", "en: /fr/tags/x/");
        expected.put("/fr/tags/x/", "fr: /tags/x/");
        // the home, sections and taxonomies exist in every language, with or without an _index file
        for (String list : List.of("", "posts/", "docs/", "tags/", "categories/")) {
            expected.put("/" + list, "en: /fr/" + list + " /de/" + list);
            expected.put("/fr/" + list, "fr: /" + list + " /de/" + list);
            expected.put("/de/" + list, "de: /" + list + " /fr/" + list);
        }
        Map<String, String> actual = new TreeMap<>();
        site.pages()
                .forEach((url, page) ->
                        actual.put(url, page.path("lang").asText() + ":" + paths(page.path("translations"))));
        assertEquals(expected, actual);
        assertEquals(
                " / /fr/ /de/",
                paths(site.page("/de/").path("site").path("homeTranslations")),
                "the home's .AllTranslations");
    }

    @Test
    void theSitemapListsATranslatedPagesTranslationsByLanguageThenThePageItself() {
        SiteFixture.Built built = THREE_LANGUAGES.build(dir);
        assertEquals(
                List.of("en " + ORIGIN + "/posts/hello/", "fr " + ORIGIN + "/fr/posts/hello/"),
                alternates(built.text("fr/sitemap.xml"), ORIGIN + "/fr/posts/hello/"));
        assertEquals(
                List.of("de " + ORIGIN + "/de/posts/gekeyed/", "en " + ORIGIN + "/posts/keyed/"),
                alternates(built.text("en/sitemap.xml"), ORIGIN + "/posts/keyed/"));
        assertEquals(
                List.of("en " + ORIGIN + "/docs/", "fr " + ORIGIN + "/fr/docs/", "de " + ORIGIN + "/de/docs/"),
                alternates(built.text("de/sitemap.xml"), ORIGIN + "/de/docs/"));
        assertEquals(List.of(), alternates(built.text("en/sitemap.xml"), ORIGIN + "/posts/other/"));
    }

    @Test
    void aSingleLanguageSiteHasNoTranslationsNotEvenTheHomeItself() throws IOException {
        HugoSite site = dump(SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                -- content/posts/hello.md --
                ---
                title: Hello
                ---
                """));
        assertEquals(
                "en:",
                site.page("/posts/hello/").path("lang").asText() + ":"
                        + paths(site.page("/posts/hello/").path("translations")));
        assertEquals("", paths(site.page("/").path("site").path("homeTranslations")));
    }

    /** Builds the fixture with `--dump-pages` and reads the dumps (a JSON file per page, Hugo's variables). */
    private HugoSite dump(SiteFixture fixture) throws IOException {
        Path src = dir.resolve("src");
        TestSites sources = TestSites.bare(src);
        fixture.files().forEach(sources::file);
        Path dumps = dir.resolve("dump");
        new SiteBuilder(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), dumps)
                .build(BuildOptions.defaults(src).withDestination(dir.resolve("public")));
        return HugoSite.loadDumpDir(dumps);
    }

    /** The permalinks of a dump's list, as paths, each after a space. */
    private static String paths(JsonNode permalinks) {
        StringBuilder out = new StringBuilder();
        HugoFixtures.texts(permalinks).forEach(p -> out.append(' ').append(p.substring(ORIGIN.length())));
        return out.toString();
    }

    /** The {@code hreflang href} pairs of the sitemap entry at {@code loc}, in their order. */
    private static List<String> alternates(String sitemap, String loc) {
        Matcher url = Pattern.compile("<url>\\s*<loc>" + Pattern.quote(loc) + "</loc>(.*?)</url>", Pattern.DOTALL)
                .matcher(sitemap);
        if (!url.find()) throw new AssertionError("no " + loc + " in " + sitemap);
        List<String> out = new ArrayList<>();
        Matcher link =
                Pattern.compile("hreflang=\"([^\"]*)\"\\s+href=\"([^\"]*)\"").matcher(url.group(1));
        while (link.find()) out.add(link.group(1) + " " + link.group(2));
        return out;
    }
}
