package site.builder.markdown.highlight;

/** A rule matched without its regex where the text allows; where it does not, the regex decides. */
interface FastRule {
    /** What {@link #end} returns when a character it does not know decides the match. */
    int UNDECIDED = -2;

    int NO_MATCH = -1;

    /** The end of the rule's match at {@code pos}, {@link #NO_MATCH}, or {@link #UNDECIDED}. */
    int end(String code, int pos);

    /** The fast form of a rule's regex, or null when it has none. */
    static FastRule of(java.util.regex.Pattern pattern) {
        FastRule run = CharRun.of(pattern);
        return run != null ? run : WordList.of(pattern);
    }
}
