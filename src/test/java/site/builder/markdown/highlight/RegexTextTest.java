package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"^\\s*#", "^(\\s*)(a|b)", "^[|(]x", "^\\|y"})
    void startsAtLineStartWhenNoAlternativeEscapesTheCaret(String regex) {
        assertTrue(RegexText.startsAtLineStart(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"^a|b", "x^", "^?a", "^*", "(?:^|\\s)a", "^\\Qa|b\\E", "(?x)^a # c |"})
    void doesNotStartAtLineStartWhenAnAlternativeMayNot(String regex) {
        assertFalse(RegexText.startsAtLineStart(regex), regex);
    }

    @Test
    void takesOutLookbehindsAndKeepsTheRest() {
        assertEquals("/", RegexText.withoutLookbehinds("(?<=\\(|,|\\[)/"));
        assertEquals(
                "(?:^||)(\\s*)(/)", RegexText.withoutLookbehinds("(?:^|(?<=[=<>~!:])|(?<=(?:\\s|;)when\\s))(\\s*)(/)"));
        assertEquals("\\w+(?=\\s)", RegexText.withoutLookbehinds("(?<!\\[)(?<=\\S[^*|\\n]\\.)\\w+(?=\\s)"));
        assertEquals("[(?<=]x", RegexText.withoutLookbehinds("[(?<=]x"));
        assertEquals("\\(?<=x", RegexText.withoutLookbehinds("\\(?<=x"));
    }

    @Test
    void turnsBackReferencesIntoWhatMatchesTheirText() {
        assertEquals("b[\\s\\S]*", RegexText.withoutLookbehinds("(?<=(a))b\\1"));
        assertEquals(
                "(<<-?)([\"']?)(\\w+)([\\s\\S]*)", RegexText.withoutLookbehinds("(?<!\\w)(<<-?)([\"']?)(\\w+)(\\2)"));
        // A reference to a group written empty matches nothing: the probe keeps what follows it.
        assertEquals("(?:|)[^ :]+", RegexText.withoutLookbehinds("(?<=(?::|[^\\s:]()|\\A())\\s*)(?:\\1|\\2)[^ :]+"));
        assertEquals("(a)[\\s\\S]*0", RegexText.withoutLookbehinds("(?<=x)(a)\\10"));
        assertEquals("(?<n>a)[\\s\\S]*", RegexText.withoutLookbehinds("(?<=x)(?<n>a)\\k<n>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(.*?)(\\s*)(=)", ".*?=", "(.*)(=)(.*)(\\\\\\n)", ".*x\\\\1"})
    void scansToTheLineEndWhenAnyTextComesFirst(String regex) {
        assertTrue(RegexText.scansToLineEnd(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.*?=", ".*+=", ".*?=|y", "(.*?)=\\1", "(.*?)=\\k<n>", "(?x).*? = # c"})
    void doesNotScanToTheLineEndOtherwise(String regex) {
        assertFalse(RegexText.scansToLineEnd(regex), regex);
    }

    @Test
    void cannotTellWithUnbalancedText() {
        assertNull(RegexText.withoutLookbehinds("(?<=a"));
        assertNull(RegexText.withoutLookbehinds("(?<=[]a])b"));
    }
}
