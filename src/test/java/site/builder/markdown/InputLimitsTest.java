package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * The limits that turn input flexmark would take minutes on into a located error (file, line, message) instead
 * of a hang: blocks nested more than 1000 levels deep, and a paragraph whose length times its inline markers
 * exceeds four billion. Everything at or under the limits is accepted; nothing here needs more than a scan.
 */
class InputLimitsTest {
    private static final Path FILE = Path.of("limits.md");
    private static final PageContext PAGE = PageContext.of(FILE).withFirstLine(10);
    private static final String DEEP = "blocks nested more than 1000 levels deep";

    @Test
    void nestingOfAThousandLevelsIsAcceptedAndOneMoreIsRefusedOnItsLine() {
        for (String marker : new String[] {">", "> ", "- ", "* ", "+ ", "-\t", "1. ", "123456789) "}) {
            assertDoesNotThrow(() -> InputLimits.check(marker.repeat(1000) + "x\n", PAGE), marker);
            assertRefused("a\nb\n" + marker.repeat(1001) + "x\n", 12, DEEP);
        }
    }

    @Test
    void indentationCountsTwoSpacesOrTwoTabsALevel() {
        assertDoesNotThrow(() -> InputLimits.check(" ".repeat(2001) + "x", PAGE));
        assertRefused(" ".repeat(2002) + "x", 10, DEEP);
        assertRefused("\t".repeat(2002) + "x", 10, DEEP);
        assertDoesNotThrow(() -> InputLimits.check("> ".repeat(500) + " ".repeat(1001) + "x", PAGE));
        assertRefused("> ".repeat(500) + " ".repeat(1002) + "x", 10, DEEP);
    }

    @Test
    void whatIsNoContainerMarkerEndsTheCount() {
        // ten digits are no list item; a marker needs a space or tab after it; text stops the prefix
        for (String notMarker : new String[] {"1234567890. ", "-x ", "1.x ", "a> ", "1: "}) {
            assertDoesNotThrow(() -> InputLimits.check(notMarker.repeat(1500) + "\n", PAGE), notMarker);
        }
        assertDoesNotThrow(() -> InputLimits.check(("> ".repeat(600) + "\n").repeat(3), PAGE));
    }

    @Test
    void aParagraphOverFourBillionCharacterMarkersIsRefusedWhereItStarts() {
        // 63,245 x 63,245 is just under 4e9; one more character and marker goes over
        assertDoesNotThrow(() -> InputLimits.check("*".repeat(63_245), PAGE));
        assertRefused(
                "intro\n\n" + "*".repeat(63_246),
                12,
                "paragraph of 63246 characters with 63246 inline markers is too large to render;"
                        + " split it with blank lines");
        String refusedMidPage = "intro\n\n" + "_".repeat(70_000) + "\n\nafter\n";
        assertRefused(refusedMidPage, 12, "paragraph of 70001 characters with 70000 inline markers");
    }

    @Test
    void onlyMarkupCharactersAreMarkersAndBlankLinesEndAParagraph() {
        String half = "`*_[]<>!&\\\"'~:-.".repeat(3_000) + "\n"; // 48,000 markers a line
        assertRefused(half + half, 10, "paragraph of 96002 characters with 96000 inline markers");
        assertDoesNotThrow(() -> InputLimits.check(half + "\n" + half, PAGE));
        assertDoesNotThrow(() -> InputLimits.check(half + " \t \n" + half, PAGE));
        // 20,000 markers in 170,000 characters: letters and non-ASCII text are no markers
        assertDoesNotThrow(
                () -> InputLimits.check("*".repeat(20_000) + "x".repeat(100_000) + "é".repeat(50_000), PAGE));
        assertRefused("*".repeat(60_000) + "x".repeat(10_000), 10, "paragraph of 70000 characters");
    }

    @Test
    void fencedCodeIsNoParagraph() {
        String code = "*".repeat(70_000) + "\n";
        for (String fence : new String[] {"```", "~~~", "  ```go"}) {
            assertDoesNotThrow(
                    () -> InputLimits.check(fence + "\n" + code + fence.strip().substring(0, 3) + "\n", PAGE), fence);
        }
        // a ~~~ line inside a ``` block does not close it
        assertDoesNotThrow(() -> InputLimits.check("```\n~~~\n" + code + "```\n", PAGE));
        // after the closing fence, paragraphs count again, from the line after it
        assertRefused("```\nx\n```\n" + code, 13, "paragraph of 70001 characters");
    }

    @Test
    void renderingReportsTheLimitAsTheErrorOfThePage() {
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
        LocatedException e =
                assertThrows(LocatedException.class, () -> renderer.render("ok\n\n" + "- ".repeat(1001) + "x\n", PAGE));
        assertEquals(new LocatedError(FILE, 12, DEEP), e.errors().get(0));
    }

    private static void assertRefused(String markdown, int line, String messageStart) {
        LocatedException e = assertThrows(LocatedException.class, () -> InputLimits.check(markdown, PAGE));
        LocatedError error = e.errors().get(0);
        assertEquals(FILE, error.file());
        assertEquals(line, error.line(), error.message());
        assertEquals(
                messageStart,
                error.message()
                        .substring(
                                0,
                                Math.min(messageStart.length(), error.message().length())));
    }
}
