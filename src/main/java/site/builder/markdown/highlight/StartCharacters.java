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
    /** @param probe the rule's {@link #probePattern} */
    static BitSet of(Pattern probe) {
        BitSet starts = new BitSet(128);
        if (probe == null) {
            starts.set(0, 128);
            return starts;
        }
        for (char c = 0; c < 128; c++) if (mayMatch(probe, String.valueOf(c))) starts.set(c);
        return starts;
    }

    /**
     * The pattern to probe: the rule's own, or when it has lookbehinds, which need more text than the probes
     * give, the regex without them, which matches wherever the rule does (and more); null when its lookbehinds
     * cannot be taken out, so that any text may start a match.
     */
    static Pattern probePattern(Pattern pattern) {
        if (!pattern.pattern().contains("(?<")) return pattern;
        String without = RegexText.withoutLookbehinds(pattern.pattern());
        return without == null ? null : Pattern.compile(without, pattern.flags());
    }

    /**
     * Whether a match may start with {@code start}: the pattern matches it or wants more input after a letter,
     * after a space, or at the start of the text.
     */
    static boolean mayMatch(Pattern probe, String start) {
        for (String before : BEFORE) {
            String text = before + start;
            Matcher m = probe.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(before.length(), text.length());
            if (m.lookingAt() || m.hitEnd()) return true;
        }
        return false;
    }

    private static final String[] BEFORE = {"a", " ", ""};
}
