package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Second characters are learned only after failures, and rule out only positions where the regex cannot match. */
class SecondCharactersTest {
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    @Test
    void learnsAfterFailingOftenAtAFirstCharacter() {
        SecondCharacters seconds = of("<!--");
        for (int i = 0; i < 127; i++) seconds.failed("<a", 0);
        assertTrue(seconds.mayMatch("<a", 0), "not learned before 128 failures");
        seconds.failed("<a", 0);
        assertFalse(seconds.mayMatch("<a", 0));
        assertTrue(seconds.mayMatch("<!-", 0));
        assertTrue(seconds.mayMatch("<", 0), "one character left: undecided");
        assertTrue(seconds.mayMatch("<\uAC00", 0), "not ASCII: undecided");
    }

    @Test
    void neverRulesOutAMatch() {
        String[] regexes = {
            "\\bif\\b",
            "\\B-\\w+",
            "(?<!\\w)(<<-?)([a-z]+)",
            "(?<=[=(])\\s*%",
            "\\s*#.*\\n",
            "^\\s*\\[",
            "[a-z]\\w*-\\w",
            "(\\w+)(\\s*)(=)",
            "\"(?:[^\"\\\\]|\\\\.)*\"",
            "(?i)select\\b",
            "a(?=b)|c(?!d)",
            "$",
            "\\.\\.\\.?"
        };
        String alphabet = "ab cd_=\n\t-<%#[\"\\.(ifSELECTselect";
        Random random = new Random(5);
        int ruledOut = 0;
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex, FLAGS);
            SecondCharacters seconds = of(regex);
            Matcher m = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
            for (int round = 0; round < 20_000; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(8) + 1; i > 0; i--)
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String code = text.toString();
                int pos = random.nextInt(code.length());
                m.reset(code).region(pos, code.length());
                boolean matches = m.lookingAt();
                if (matches) assertTrue(seconds.mayMatch(code, pos), regex + " at " + pos + " of " + code);
                else if (!seconds.mayMatch(code, pos)) ruledOut++;
                else seconds.failed(code, pos);
            }
        }
        assertTrue(ruledOut > 10_000, "ruled out " + ruledOut);
    }

    private static SecondCharacters of(String regex) {
        return new SecondCharacters(StartCharacters.probePattern(Pattern.compile(regex, FLAGS)));
    }
}
