package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A keyword rule matched by looking its word up ends where its regex would, or leaves the decision to the regex. */
class WordListTest {
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String TEXT = "int x = in; integer(x.int) _in in_ IN Int\nfor(forall) é.for foré for\tx.in"
            + " end-exec end-execs align-items: align-self :x al-ign bit  varying as? as";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?:in|int|for)\\b",
                "\\b(?:in|int|for)\\b",
                "(?<!\\.)(?:in|int|for)\\b",
                "(?:i(?:n(?:t(?:eger)?)?)|for(?:all)?)\\b",
                "(?:int|in)\\b",
                "for\\b",
                // Words of other characters: the regex takes the first word in its order that passes the check.
                "(?:end|end-exec|in)\\b",
                "(?:end-exec|end|in)\\b",
                "\\b(?:align(?:\\-(?:items|self))?|x)(?=\\s*:)",
                "\\b(int|in|for)\\b",
                "(?:as\\?|as|bit varying)\\b",
                "(?:as\\?|as|bit varying)",
                "in|int|for",
                "\\b(?:al|al-ign)\\b"
            })
    void endsWhereTheRegexEnds(String regex) {
        assertSameAsRegex(Pattern.compile(regex, FLAGS));
        assertSameAsRegex(Pattern.compile(regex, FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static void assertSameAsRegex(Pattern pattern) {
        WordList words = WordList.of(pattern);
        assertNotNull(words, pattern.pattern());
        Matcher m = pattern.matcher(TEXT).useTransparentBounds(true).useAnchoringBounds(false);
        int decided = 0;
        for (int pos = 0; pos < TEXT.length(); pos++) {
            int[] spans = new int[2 * words.groups()];
            int end = words.match(TEXT, pos, spans);
            if (end == FastRule.UNDECIDED) continue;
            decided++;
            m.region(pos, TEXT.length());
            boolean matched = m.lookingAt();
            assertEquals(matched ? m.end() : FastRule.NO_MATCH, end, pattern + " at " + pos);
            if (matched && words.groups() == 1) assertEquals(m.end(1), spans[1], pattern + " group at " + pos);
        }
        // Left to the regex: around the two letters é, and ignoring case the words running into them.
        assertTrue(decided >= TEXT.length() - 8, "decided at " + decided + " of " + TEXT.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?:in|int)\\b\\s",
                "\\bin|int\\b",
                "(?:in|bit\\s+varying)\\b",
                "(?:in)*\\b",
                "(?:in)?\\b",
                "(?:in)??x\\b",
                "(in|int)(x)\\b",
                "\\w+\\b",
                "(?:in|int)(?=\\w+x)",
                "(?i:in)\\b"
            })
    void isNoWordListWhenTheRegexIsMore(String regex) {
        assertNull(WordList.of(Pattern.compile(regex, FLAGS)), regex);
    }
}
