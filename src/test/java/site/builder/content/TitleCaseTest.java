package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Hugo's AP title case (its {@code title} function and made-up taxonomy titles); expected values are Hugo 0.111.3's. */
class TitleCaseTest {
    private static List<String> titles(String... texts) {
        return Stream.of(texts).map(TitleCase::ap).toList();
    }

    @Test
    void wordsStartWithACapitalButSmallWordsInsideStayLowerAndTheFirstAndLastAreCapitalizedEvenWhenSmall() {
        assertEquals(
                List.of(
                        "The Lord of the Rings",
                        "Harry Potter and the Goblet of Fire",
                        "One Over the Other",
                        "Of Mice and Men",
                        "What It Is For",
                        "Via the Vs",
                        "In"),
                titles(
                        "the lord of the rings",
                        "harry potter and the goblet of fire",
                        "one over the other",
                        "of mice and men",
                        "what it is for",
                        "via the vs",
                        "in"));
    }

    @Test
    void smallWordsWrittenInCapitalsAreLoweredTheOthersKeepTheirCapitals() {
        assertEquals(
                List.of("To Be or Not to Be", "THE END of the ROAD", "IPhone of the Year"),
                titles("To Be Or Not To Be", "THE END OF THE ROAD", "iPhone of the year"));
    }

    @Test
    void spacesAreKeptAsWritten() {
        assertEquals(
                List.of("", "Tom  and  Jerry", "Hello ", " Hello"), titles("", "tom  and  jerry", "hello ", " hello"));
    }

    @Test
    void theFirstLetterTakesItsTitleCaseFormBeyondAscii() {
        assertEquals(
                List.of("Émile Zola", "Über Uns", "ǅungla"),
                titles("émile zola", "über uns", "ǆungla"),
                "ǆ's title case is ǅ, not its capital Ǆ");
    }
}
