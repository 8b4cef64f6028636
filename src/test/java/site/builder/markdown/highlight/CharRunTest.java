package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule matched as a run of characters ends where its regex would, or leaves the decision to the regex. */
class CharRunTest {
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String TEXT = "int x1 = a_b+c;\n\t  //é x\\y.z [q]  \n$v += 0x1F; ~é";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\s+",
                "[^\\S\\n]+",
                "\\n",
                "\n",
                "[~^*!%&\\[\\](){}<>|+=:;,./?-]",
                "[\\w$][\\w$]*",
                "[a-zA-Z_]\\w*+",
                "[a-z][0-9]+",
                "\\\\",
                "\\.",
                ".",
                "[\\s\\S]++",
                "x"
            })
    void endsWhereTheRegexEnds(String regex) {
        Pattern pattern = Pattern.compile(regex, FLAGS);
        CharRun run = CharRun.of(pattern);
        assertNotNull(run, regex);
        Matcher m = pattern.matcher(TEXT).useTransparentBounds(true).useAnchoringBounds(false);
        for (int pos = 0; pos < TEXT.length(); pos++) {
            int end = run.end(TEXT, pos);
            if (end == CharRun.UNDECIDED) continue;
            m.region(pos, TEXT.length());
            assertEquals(m.lookingAt() ? m.end() : CharRun.NO_MATCH, end, regex + " at " + pos);
        }
    }

    @org.junit.jupiter.api.Test
    void leavesNonAsciiToTheRegex() {
        CharRun run = CharRun.of(Pattern.compile("\\s+", FLAGS));
        assertEquals(CharRun.UNDECIDED, run.end("  \u00a0x", 0), "a run reaching a non-ASCII character");
        assertEquals(CharRun.UNDECIDED, run.end("\u2003", 0), "a non-ASCII first character");
        assertEquals(2, run.end("  x", 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\s*",
                "[a-z]+[0-9]",
                "ab",
                "a?",
                "a+?",
                "\\bx",
                "x{2}",
                "(x)",
                "x|y",
                "[a-z&&[^b]]",
                "\\p{L}+",
                "\\R"
            })
    void isNoRunWhenTheRegexIsMore(String regex) {
        assertNull(CharRun.of(Pattern.compile(regex, FLAGS)), regex);
    }
}
