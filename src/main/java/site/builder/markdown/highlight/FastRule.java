package site.builder.markdown.highlight;

/** A rule matched without its regex where the text allows; where it does not, the regex decides. */
interface FastRule {
    /** What {@link #match} returns when a character it does not know decides the match. */
    int UNDECIDED = -2;

    int NO_MATCH = -1;

    /**
     * The end of the rule's match at {@code pos}, {@link #NO_MATCH}, or {@link #UNDECIDED}; on a match, the start
     * and end of each capturing group in {@code spans} (-1 for a group outside the match).
     */
    int match(String code, int pos, int[] spans);

    /** The number of capturing groups, whose bounds {@link #match} writes. */
    default int groups() {
        return 0;
    }

    /** The fast form of a rule's regex, or null when it has none. */
    static FastRule of(java.util.regex.Pattern pattern) {
        FastRule run = RunSequence.of(pattern);
        return run != null ? run : WordList.of(pattern);
    }
}
