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
    private static final String TEXT = "int x = in; integer(x.int) _in in_ IN Int\nfor(forall) é.for foré for\tx.in";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?:in|int|for)\\b",
                "\\b(?:in|int|for)\\b",
                "(?<!\\.)(?:in|int|for)\\b",
                "(?:i(?:n(?:t(?:eger)?)?)|for(?:all)?)\\b",
                "(?:int|in)\\b",
                "for\\b"
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
            int end = words.end(TEXT, pos);
            if (end == FastRule.UNDECIDED) continue;
            decided++;
            m.region(pos, TEXT.length());
            assertEquals(m.lookingAt() ? m.end() : FastRule.NO_MATCH, end, pattern + " at " + pos);
        }
        // Left to the regex: the two letters é, the characters after them, and the word running into the second.
        assertTrue(decided >= TEXT.length() - 7, "decided at " + decided + " of " + TEXT.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?:in|int)",
                "(?:in|int)\\b\\s",
                "(?:in|a-b)\\b",
                "(?:in)*\\b",
                "(?:in)?\\b",
                "(?:in)??x\\b",
                "(in|int)\\b",
                "\\w+\\b",
                "(?:in|int)(?=\\()\\b",
                "(?i:in)\\b"
            })
    void isNoWordListWhenTheRegexIsMore(String regex) {
        assertNull(WordList.of(Pattern.compile(regex, FLAGS)), regex);
    }
}
