package site.builder.output;

/** Where a quoted string of CSS or JavaScript ends, for the minifiers that copy strings byte for byte. */
final class QuotedString {
    private QuotedString() {}

    /** The index after the closing quote of the string opening at {@code start}; an unclosed one ends at the line. */
    static int end(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') i += 2;
            else if (c == quote || c == '\n') return i + 1;
            else i++;
        }
        return code.length();
    }
}
