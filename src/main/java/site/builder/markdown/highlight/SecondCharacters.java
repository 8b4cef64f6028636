package site.builder.markdown.highlight;

import java.util.regex.Pattern;

/**
 * Which ASCII characters can follow a rule's first character in a match, learned for a first character once the
 * rule has failed after it often: most regex attempts that the first characters leave fail, nearly all of them
 * on the second character (a rule for {@code <!--} is tried at every {@code <}). The pattern is asked, as
 * {@link StartCharacters} asks it for the first character: two characters are ruled out only when it fails on
 * them without wanting more input, after a letter, after a space and at the start. Learning costs 128 to 384
 * probes, so it waits for failures; lexers are shared between threads, and a count lost to a race only delays it.
 */
final class SecondCharacters {
    private static final int LEARN_AFTER = 128;

    /** The pattern to probe; null when any text may match. */
    private final Pattern probe;

    private byte[] failures;
    /** Per first character: the second characters a match may have, or null while not learned. */
    private Allowed[] allowed;

    /** The second characters after one first character, immutable (its final fields publish it to other threads). */
    private record Allowed(long low, long high) {
        boolean has(char c) {
            return ((c < 64 ? low >>> c : high >>> (c - 64)) & 1) != 0;
        }
    }

    /** @param probe the rule's {@link StartCharacters#probePattern} */
    SecondCharacters(Pattern probe) {
        this.probe = probe;
    }

    /** False when the rule cannot match at {@code pos} for the two characters there. */
    boolean mayMatch(String code, int pos) {
        Allowed[] learned = allowed;
        if (learned == null || pos + 1 >= code.length()) return true;
        char first = code.charAt(pos);
        char second = code.charAt(pos + 1);
        if (first >= 128 || second >= 128) return true;
        Allowed after = learned[first];
        return after == null || after.has(second);
    }

    /** Counts a failed match at {@code pos}; learns the second characters after its first once failures pile up. */
    void failed(String code, int pos) {
        char first = code.charAt(pos);
        if (probe == null || first >= 128) return;
        if (failures == null) failures = new byte[128];
        if (allowed != null && allowed[first] != null) return;
        if ((failures[first] & 0xFF) < LEARN_AFTER - 1) {
            failures[first]++;
            return;
        }
        Allowed[] learned = allowed == null ? new Allowed[128] : allowed;
        learned[first] = learn(first);
        allowed = learned;
    }

    private Allowed learn(char first) {
        long low = 0, high = 0;
        for (char c = 0; c < 128; c++) {
            if (!StartCharacters.mayMatch(probe, "" + first + c)) continue;
            if (c < 64) low |= 1L << c;
            else high |= 1L << (c - 64);
        }
        return new Allowed(low, high);
    }
}
