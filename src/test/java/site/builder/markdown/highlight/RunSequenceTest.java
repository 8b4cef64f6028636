package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule matched as a sequence of runs ends where its regex would, with its groups, or leaves it to the regex. */
class RunSequenceTest {
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String TEXT =
            "int x1 = a_b+c;\n\t  //é x\\y.z [q]  \n$v += 0x1F; ~é f (a) g(b) k: v, k:: w x=>y\\\n"
                    + "#fff a-b-c abc1 _id `q` 'it''s' \"s\\\"q\" 123abc";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\s+",
                "\\s*",
                "[^\\S\\n]+",
                "\\n",
                "\n",
                "[~^*!%&\\[\\](){}<>|+=:;,./?-]",
                "[\\w$][\\w$]*",
                "[a-zA-Z_]\\w*+",
                "[a-z][0-9]+",
                "[a-z]+[0-9]",
                "\\\\",
                "\\.",
                ".",
                "[\\s\\S]++",
                "x",
                "ab",
                "a?",
                "\\bx",
                "x{2}",
                "[a-f0-9]{1,3}",
                "#[a-z0-9]{3,}",
                "(x)",
                "x|y",
                "\\n|\\s+|\\\\\\n",
                "([a-zA-Z_]\\w*)(\\s*)(\\()",
                "([a-zA-Z_]\\w*)(\\s*)(:)(?!:)",
                "([a-zA-Z]\\w*)(\\s*)(=(?!>))",
                "(\\b\\w+)(\\s*+)(\\+?=)",
                "[a-z_-][\\w-]*(?=\\()",
                "\\b[A-Za-z_]\\w*(?=\\s*\\()",
                "(?<!\\w)(\\d+)([a-z]*)",
                "(?<=[=:])\\s*\\w+",
                "(?:[a-z])(?:\\d)",
                "([a-z]+)|([0-9]+)|(\\s)",
                "'[^'\\n]*'",
                "\"[^\"\\\\\\n]*+\""
            })
    void decidesAsTheRegex(String regex) {
        Pattern pattern = Pattern.compile(regex, FLAGS);
        RunSequence run = RunSequence.of(pattern);
        assertNotNull(run, regex);
        assertSameAsRegex(pattern, run);
        Pattern ignoringCase = Pattern.compile(regex, FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSameAsRegex(ignoringCase, RunSequence.of(ignoringCase));
    }

    private static void assertSameAsRegex(Pattern pattern, RunSequence run) {
        Matcher m = pattern.matcher(TEXT).useTransparentBounds(true).useAnchoringBounds(false);
        int[] spans = new int[2 * run.groups()];
        assertEquals(m.groupCount(), run.groups(), pattern.pattern());
        int decided = 0;
        for (int pos = 0; pos < TEXT.length(); pos++) {
            int end = run.match(TEXT, pos, spans);
            if (end == FastRule.UNDECIDED) continue;
            decided++;
            m.region(pos, TEXT.length());
            boolean matched = m.lookingAt();
            assertEquals(matched ? m.end() : FastRule.NO_MATCH, end, pattern + " at " + pos);
            for (int g = 1; matched && g <= run.groups(); g++) {
                assertEquals(m.start(g), spans[2 * g - 2], pattern + " group " + g + " at " + pos);
                assertEquals(m.end(g), spans[2 * g - 1], pattern + " group " + g + " at " + pos);
            }
        }
        // Runs that can take any character reach the first letter beyond ASCII from anywhere before it.
        assertTrue(decided > TEXT.length() / 3, pattern + ": decided at only " + decided);
    }

    @Test
    void leavesNonAsciiToTheRegex() {
        RunSequence run = RunSequence.of(Pattern.compile("\\s+", FLAGS));
        int[] none = new int[0];
        assertEquals(FastRule.UNDECIDED, run.match("  \u00a0x", 0, none), "a run reaching a non-ASCII character");
        assertEquals(FastRule.UNDECIDED, run.match("\u2003", 0, none), "a non-ASCII first character");
        assertEquals(2, run.match("  x", 0, none));
        RunSequence word = RunSequence.of(Pattern.compile("\\bx", FLAGS));
        assertEquals(FastRule.UNDECIDED, word.match("éx", 1, none), "a boundary after a letter beyond ASCII");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a+?",
                "a*?b",
                "(?:ab)+",
                "(x)?",
                "(a|b)c",
                "[a-z&&[^b]]",
                "\\p{L}+",
                "\\R",
                "^a",
                "a$",
                "(a)\\1",
                "(?i)a",
                "(?<=ab)c",
                // The regex may backtrack into the first run to find a match the greedy walk does not see.
                ".*\"",
                "[^\"\\n{]*(:)",
                "\\w*\\w",
                "[a-z(]*\\s?\\(",
                "[a-z ]*\\b",
                "\\w+(?!\\()"
            })
    void isNoSequenceWhenTheRegexIsMore(String regex) {
        assertNull(RunSequence.of(Pattern.compile(regex, FLAGS)), regex);
    }
}
