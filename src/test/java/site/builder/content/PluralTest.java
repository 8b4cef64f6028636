package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles Hugo 0.111.3 made up for top-level sections without _index.md, one folder per word (checked on a
 * throw-away site). Hugo's box, bus and quiz differ from site's (COMPATIBILITY.md).
 */
class PluralTest {
    @ParameterizedTest
    @CsvSource({
        "Archive, Archives",
        "Person, People",
        "Story, Stories",
        "Day, Days",
        "Church, Churches",
        "News, News",
        "Series, Series",
        "Photo, Photos",
        "Analysis, Analyses",
        "Index, Indices",
        "Datum, Data",
        "Mouse, Mice",
        "Posts, Posts"
    })
    void pluralOfAFolderNameAsHugoTitlesItsSection(String word, String plural) {
        assertEquals(plural, Plural.of(word));
    }
}
