package site.builder.markdown.highlight;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which ASCII characters can begin a match of a rule, so the engine skips the other rules without a match. */
final class StartCharacters {
    private StartCharacters() {}

    /**
     * The ASCII characters a pattern may match from, found by asking the pattern itself: a character is excluded
     * only when the pattern fails on it without wanting more input, after a letter, after a space, and at the start.
     */
    static BitSet of(Pattern pattern) {
        BitSet starts = new BitSet(128);
        if (pattern.pattern().contains("(?<")) {
            // A lookbehind needs more text than the probes give: ask the regex without it, which matches wherever
            // the rule does (and more); when its lookbehinds cannot be taken out, any character may start a match.
            String without = RegexText.withoutLookbehinds(pattern.pattern());
            if (without == null) {
                starts.set(0, 128);
                return starts;
            }
            pattern = Pattern.compile(without, pattern.flags());
        }
        for (char c = 0; c < 128; c++) {
            for (String probe : new String[] {"a" + c, " " + c, String.valueOf(c)}) {
                Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(probe.length() - 1, probe.length());
                if (m.lookingAt() || m.hitEnd()) {
                    starts.set(c);
                    break;
                }
            }
        }
        return starts;
    }
}
