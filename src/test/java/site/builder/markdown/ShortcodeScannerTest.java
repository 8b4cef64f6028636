package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/** Shortcode parameters as Hugo 0.111's lexer reads them (checked against Hugo by HugoFixturesIT, shortcode-params.md). */
class ShortcodeScannerTest {

    private static ShortcodeTag tag(String body) {
        return ShortcodeScanner.scan(body, PageContext.of(Path.of("p.md")))
                .tags()
                .get(0);
    }

    private static String error(String body) {
        return assertThrows(LocatedException.class, () -> tag(body))
                .errors()
                .get(0)
                .message();
    }

    @Test
    void anEscapedQuoteDropsEveryBackslashOfItsValueOnly() {
        assertEquals(
                List.of("back" + "slash and \"q\"", "back\\slash"),
                tag("{{< x \"back\\slash and \\\"q\\\"\" \"back\\slash\" >}}").positional());
    }

    @Test
    void aRawStringSpansLinesAndKeepsQuotesBackslashesAndDelimiters() {
        assertEquals(
                List.of("multi\nline \"q\" >}} \\\" x"),
                tag("{{< x `multi\nline \"q\" >}} \\\" x` >}}").positional());
    }

    @Test
    void quotedValuesMayHoldTheClosingDelimiter() {
        assertEquals(
                Map.of("a", "b >}} c", "d", "e %}}", "f", "g}}"),
                tag("{{< x a=\"b >}} c\" d=`e %}}` f=g}} >}}").named());
    }

    @Test
    void aQuotedValueEndsOnItsLine() {
        assertEquals(
                "unterminated quoted string in shortcode parameter (a \"...\" value ends on its line; `...` can"
                        + " span lines)",
                error("{{< x \"multi\nline\" >}}"));
    }

    @Test
    void aBackslashBeforeABackquoteInAQuotedValueIsAnError() {
        assertEquals(
                "unrecognized escape character \\` in a quoted shortcode parameter", error("{{< x \"a \\` b\" >}}"));
    }

    @Test
    void aBareNamedValueRunsToTheNextSpaceSoItCannotTouchTheClosingDelimiter() {
        assertEquals(
                "unclosed shortcode: \"b>}}\" runs into \">}}\"; put a space before it or quote the value",
                error("{{< x a=b>}} text"));
    }

    @Test
    void spacesAroundTheNameAndParamsAreOptional() {
        assertEquals("p", tag("{{<p>}}").name());
        assertEquals(List.of(), tag("{{<p>}}").positional());
        assertEquals(List.of("x"), tag("{{<   p   x   >}}").positional());
    }

    @Test
    void quotedBareAndRawPositionalParamsMix() {
        assertEquals(List.of("a", "b", "c d"), tag("{{< p \"a\" b `c d` >}}").positional());
        assertEquals(List.of("1.5", "-3"), tag("{{< p 1.5 -3 >}}").positional());
        assertEquals(List.of(""), tag("{{< p \"\" >}}").positional());
    }

    @Test
    void namedValuesMayBeQuotedBareRawOrEmpty() {
        assertEquals(Map.of("a", "1", "b", "2"), tag("{{< p a=\"1\" b=2 >}}").named());
        assertEquals(Map.of("a", "x\ny"), tag("{{< p a=`x\ny` >}}").named());
        assertEquals(Map.of("a", ""), tag("{{< p a=\"\" >}}").named());
    }

    @Test
    void whiteSpaceMayStandOnEitherSideOfTheEqualsSign() {
        assertEquals(Map.of("a", "b", "c", "d"), tag("{{< p a= b c= d >}}").named());
        assertEquals(Map.of("a", "b c"), tag("{{< p a= \"b c\" >}}").named());
        assertEquals(Map.of("a", "r"), tag("{{< p a=   `r` >}}").named());
        assertEquals(Map.of("a", "x"), tag("{{< p a=\tx >}}").named());
        assertEquals(Map.of("a", "b"), tag("{{< p a =b >}}").named());
    }

    @Test
    void aValueRightAfterAClosingQuoteIsAnotherParam() {
        assertEquals(List.of("a", "b"), tag("{{< p \"a\"b >}}").positional());
        assertEquals(List.of("a", "b"), tag("{{< p `a`b >}}").positional());
        assertEquals("shortcode \"p\" mixes named and positional parameters", error("{{< p a=\"b\"c >}}"));
    }

    /** Hugo fails on each of these too ("unclosed shortcode action", "unterminated quoted string"). */
    @Test
    void aTagCutOffByTheEndOfThePageIsAnError() {
        assertEquals(
                List.of(),
                ShortcodeScanner.scan("a {{", PageContext.of(Path.of("p.md"))).tags());
        String missing = "unterminated shortcode: missing \">}}\"";
        String quoted = "unterminated quoted string in shortcode parameter (a \"...\" value ends on its line; `...` can"
                + " span lines)";
        assertEquals("shortcode has no name", error("{{<"));
        assertEquals(missing, error("{{< p"));
        assertEquals(missing, error("{{< p a"));
        assertEquals("unterminated shortcode parameter", error("{{< p a="));
        assertEquals(missing, error("{{< p a=b"));
        assertEquals(missing, error("{{< p ab"));
        assertEquals(quoted, error("{{< p \"ab"));
        assertEquals(quoted, error("{{< p \"ab\\"));
        assertEquals("unterminated raw string in shortcode parameter", error("{{< p `ab"));
        assertEquals("unterminated shortcode comment", error("{{</* p"));
        assertEquals("unterminated shortcode: missing \"%}}\"", error("{{% p a=b>}}"));
    }
}
