package site.builder.markdown.highlight;

/**
 * html.EscapeString, which Chroma applies to code ({@code & ' < > "}), looked up in a table: the formatter and a
 * block's plain text escape every char of the code, and a table lookup is cheaper than asking for an entity per char.
 * Writes what {@link site.common.GoHtml#escape(String)} writes.
 */
final class CodeEscape {
    /** The entity per ASCII char, null for the chars written as they are. */
    private static final String[] ENTITIES = new String[128];

    static {
        ENTITIES['&'] = "&amp;";
        ENTITIES['\''] = "&#39;";
        ENTITIES['<'] = "&lt;";
        ENTITIES['>'] = "&gt;";
        ENTITIES['"'] = "&#34;";
    }

    private CodeEscape() {}

    /** Appends {@code s[from, to)} escaped, the runs between entities in one piece each. */
    static void append(StringBuilder out, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || ENTITIES[c] == null) continue;
            out.append(s, run, i).append(ENTITIES[c]);
            run = i + 1;
        }
        out.append(s, run, to);
    }

    /**
     * Writes {@code s[from, to)} escaped, newlines as spaces, at {@code out[at]} (which must have room for five chars
     * per char); returns the index after it.
     */
    static int writeAsText(String s, int from, int to, char[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            String entity = c < 128 ? ENTITIES[c] : null;
            if (entity != null) {
                entity.getChars(0, entity.length(), out, at);
                at += entity.length();
            } else {
                out[at++] = c == '\n' ? ' ' : c;
            }
        }
        return at;
    }
}
