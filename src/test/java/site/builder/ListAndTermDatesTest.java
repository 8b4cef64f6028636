package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoSite;

/** List page dates and terms spelled several ways, as Hugo 0.111 gives them (HUGO-FACTS.md; BuildVsHugoIT compares). */
class ListAndTermDatesTest {
    @TempDir
    Path dir;

    @Test
    void aListWithADateOfItsOwnKeepsItAndAnUndatedOneTakesTheNewestBelow() throws IOException {
        HugoSite site = build(TestSites.in(dir.resolve("src"))
                .file("content/_index.md", "---\ntitle: Home\ndate: 2020-01-01T00:00:00Z\n---\n")
                .file("content/posts/sub/_index.md", "---\ntitle: Sub\ndate: 2020-01-01T00:00:00Z\n---\n")
                .file(
                        "content/posts/sub/s1.md",
                        "---\ntitle: S1\ndate: 2024-06-01T23:30:00-05:00\nlastmod: 2024-07-01T08:00:00+02:00\n---\n")
                .file("content/posts/p1.md", "---\ntitle: P1\ndate: 2024-01-01T00:00:00Z\n---\n")
                .file("content/notes/_index.md", "---\ntitle: Notes\nexpiryDate: 2099-01-01T00:00:00Z\n---\n")
                .file("content/notes/n1.md", "---\ntitle: N1\ndate: 2024-08-01T00:00:00Z\n---\n"));
        assertDates(site, "/", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z");
        assertDates(site, "/posts/sub/", "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z");
        assertDates(site, "/posts/", "2024-06-01T23:30:00-05:00", "2024-07-01T08:00:00+02:00");
        assertDates(site, "/notes/", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z");
    }

    @Test
    void theHomePageIsNotDatedByRegularPagesInTheContentRoot() throws IOException {
        HugoSite site = build(TestSites.in(dir.resolve("src"))
                .file("content/about.md", "---\ntitle: About\ndate: 2030-01-01T00:00:00Z\n---\n")
                .file("content/posts/p1.md", "---\ntitle: P1\ndate: 2024-01-01T00:00:00Z\n---\n"));
        assertDates(site, "/", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
    }

    @Test
    void spellingsOfOneTermAreOneTermTitledAfterTheFirstPageInHugosTree() throws IOException {
        HugoSite site = build(TestSites.in(dir.resolve("src"))
                .file(
                        "content/posts/one.md",
                        "---\ntitle: One\ndate: 2024-01-01T00:00:00Z\ntags: [Kubenetes, CI/CD, kubenetes]\n---\n")
                .file(
                        "content/posts/two.md",
                        "---\ntitle: Two\ndate: 2024-02-01T00:00:00Z\ntags: [KUBENETES, ci/cd]\n---\n")
                .file("content/posts/zz.md", "---\ntitle: Zz\ntags: [docker]\n---\n")
                .file("content/posts/a/_index.md", "---\ntitle: A\n---\n")
                .file("content/posts/a/zeta.md", "---\ntitle: Zeta\ntags: [Docker]\n---\n"));
        JsonNode kubenetes = site.page("/tags/kubenetes/");
        assertEquals("kubenetes", kubenetes.path("title").asText());
        assertEquals(
                List.of("https://example.org/posts/two/", "https://example.org/posts/one/"),
                HugoFixtures.texts(kubenetes.path("pages")));
        assertEquals("docker", site.page("/tags/docker/").path("title").asText());
        assertEquals(
                List.of("https://example.org/tags/ci/cd/", "https://example.org/tags/kubenetes/"),
                HugoFixtures.texts(site.page("/posts/one/").path("terms").path("tags")));
    }

    @Test
    void aTermWithASlashInItsKeyIsLeftUndated() throws IOException {
        HugoSite site = build(TestSites.in(dir.resolve("src"))
                .file("content/posts/one.md", "---\ntitle: One\ndate: 2024-01-01T00:00:00Z\ntags: [CI/CD, go]\n---\n"));
        assertDates(site, "/tags/ci/cd/", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z");
        assertDates(site, "/tags/go/", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        assertEquals(
                List.of("https://example.org/tags/go/", "https://example.org/tags/ci/cd/"),
                HugoFixtures.texts(site.page("/tags/").path("pages")));
    }

    @Test
    void aTermIsDatedByThePagesOfTheTermsWhoseKeysStartWithItsKeyAndASlash() throws IOException {
        HugoSite site = build(TestSites.in(dir.resolve("src"))
                .file(
                        "content/posts/one.md",
                        "---\ntitle: One\ndate: 2024-03-01T00:00:00Z\nlastmod: 2024-04-01T00:00:00Z\ntags: [CI/CD]\n---\n")
                .file("content/posts/two.md", "---\ntitle: Two\ndate: 2024-01-01T00:00:00Z\ntags: [ci, go]\n---\n")
                .file(
                        "content/posts/three.md",
                        "---\ntitle: Three\ndate: 2024-02-01T00:00:00Z\ntags: [cinema]\n---\n"));
        assertDates(site, "/tags/ci/", "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z");
        assertDates(site, "/tags/ci/cd/", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z");
        assertDates(site, "/tags/go/", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        assertDates(site, "/tags/cinema/", "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z");
        assertDates(site, "/tags/", "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z");
    }

    private static void assertDates(HugoSite site, String page, String date, String lastmod) {
        assertEquals(date, site.page(page).path("date").asText(), page + " date");
        assertEquals(lastmod, site.page(page).path("lastmod").asText(), page + " lastmod");
    }

    private HugoSite build(TestSites sources) throws IOException {
        Path dump = dir.resolve("dump");
        new SiteBuilder(Clock.systemUTC(), dump)
                .build(BuildOptions.defaults(sources.root()).withDestination(dir.resolve("public")));
        return HugoSite.loadDumpDir(dump);
    }
}
