package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The summary table as Hugo 0.111.3 prints it (recorded from `hugo` on a site with defaultContentLanguage "ko"). */
class BuildStatsTest {
    private static BuildStats stats(String language, int pages) {
        BuildStats stats = new BuildStats();
        stats.language(language);
        stats.pages.set(pages);
        stats.staticFiles.set(1);
        stats.sitemaps.set(1);
        return stats;
    }

    @Test
    void theColumnIsHeadedByTheSiteLanguageInCapitals() {
        assertEquals("""
                                   | KO \s
                -------------------+-----
                  Pages            |  9 \s
                  Paginator pages  |  0 \s
                  Non-page files   |  0 \s
                  Static files     |  1 \s
                  Processed images |  0 \s
                  Aliases          |  0 \s
                  Sitemaps         |  1 \s
                  Cleaned          |  0 \s

                Total in 416 ms""", stats("ko", 9).table(416));
    }

    @Test
    void theColumnWidensForALongerCodeOrLargerNumbers() {
        assertEquals(
                "                   | FR-CA  ",
                stats("fr-ca", 9).table(1).lines().findFirst().orElseThrow());
        assertEquals(
                "  Pages            |     9  ",
                stats("fr-ca", 9).table(1).lines().skip(2).findFirst().orElseThrow());
        assertEquals(
                "-------------------+---------",
                stats("en", 123456).table(1).lines().skip(1).findFirst().orElseThrow());
        assertEquals(
                "  Pages            | 123456  ",
                stats("en", 123456).table(1).lines().skip(2).findFirst().orElseThrow());
    }

    /** Recorded from hugo 0.111.3 on the multilingual fixture (Korean default, English). */
    @Test
    void aMultilingualSiteHasOneColumnPerLanguage() {
        BuildStats ko = stats("ko", 21);
        ko.nonPageFiles.set(1);
        ko.aliases.set(1);
        ko.sitemaps.set(2);
        BuildStats en = stats("en", 20);
        en.nonPageFiles.set(1);
        en.aliases.set(1);
        assertEquals("""
                                   | KO | EN \s
                -------------------+----+-----
                  Pages            | 21 | 20 \s
                  Paginator pages  |  0 |  0 \s
                  Non-page files   |  1 |  1 \s
                  Static files     |  1 |  1 \s
                  Processed images |  0 |  0 \s
                  Aliases          |  1 |  1 \s
                  Sitemaps         |  2 |  1 \s
                  Cleaned          |  0 |  0 \s

                Total in 39 ms""", ko.and(en).table(39));
    }
}
