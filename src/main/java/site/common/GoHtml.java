package site.common;

/**
 * Go's three HTML escapers, whose output Hugo's files show byte for byte. They differ: html.EscapeString ({@link
 * #escape}) leaves NUL alone, text/template's html function ({@link #htmlFunction}) makes it U+FFFD, and html/template
 * ({@link #htmlTemplate}) also escapes '+', so each file must be written through the one Hugo uses for it.
 * (goldmark's own escaping, with &amp;quot;, is the Markdown renderer's.)
 */
public final class GoHtml {
    /** html.EscapeString's entity per ASCII char, null for the chars it writes as they are. */
    private static final String[] ESCAPE_STRING = new String[128];

    static {
        for (char c = 0; c < 128; c++) ESCAPE_STRING[c] = entity(c, false, false);
    }

    private GoHtml() {}

    /** html.EscapeString, which Chroma uses for code: {@code & ' < > "}. */
    public static String escape(String s) {
        return escape(s, false, false);
    }

    /** Appends {@code s} escaped as html.EscapeString does. */
    public static void escape(StringBuilder out, String s) {
        escape(out, s, 0, s.length());
    }

    /**
     * Appends {@code s} from {@code from} to {@code to} escaped as html.EscapeString does, the runs between entities
     * in one piece each. Chroma escapes code this way, so highlighting calls it for every char: a table lookup.
     */
    public static void escape(StringBuilder out, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || ESCAPE_STRING[c] == null) continue;
            out.append(s, run, i).append(ESCAPE_STRING[c]);
            run = i + 1;
        }
        out.append(s, run, to);
    }

    /**
     * Writes {@code s[from, to)} escaped as html.EscapeString does, newlines as spaces (what stripping the tags of
     * highlighted code leaves), at {@code out[at]}, which must have room for five chars per char; returns the index
     * after it.
     */
    public static int escapeAsText(String s, int from, int to, char[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            String entity = c < 128 ? ESCAPE_STRING[c] : null;
            if (entity != null) {
                entity.getChars(0, entity.length(), out, at);
                at += entity.length();
            } else {
                out[at++] = c == '\n' ? ' ' : c;
            }
        }
        return at;
    }

    /** text/template's html function: html.EscapeString's five, and NUL as U+FFFD. */
    public static String htmlFunction(String s) {
        return escape(s, true, false);
    }

    /** html/template's escaping of text and quoted attribute values: the html function's, and '+' as {@code &#43;}. */
    public static String htmlTemplate(String s) {
        return escape(s, true, true);
    }

    private static String escape(String s, boolean nul, boolean plus) {
        for (int i = 0; i < s.length(); i++) {
            if (entity(s.charAt(i), nul, plus) != null) {
                StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
                escape(out, s, i, s.length(), nul, plus);
                return out.toString();
            }
        }
        return s;
    }

    /** Copies the runs between special characters in one piece each. */
    private static void escape(StringBuilder out, String s, int from, int to, boolean nul, boolean plus) {
        int run = from;
        for (int i = from; i < to; i++) {
            String entity = entity(s.charAt(i), nul, plus);
            if (entity == null) continue;
            out.append(s, run, i).append(entity);
            run = i + 1;
        }
        out.append(s, run, to);
    }

    private static String entity(char c, boolean nul, boolean plus) {
        return switch (c) {
            case '&' -> "&amp;";
            case '\'' -> "&#39;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&#34;";
            case '+' -> plus ? "&#43;" : null;
            case '\0' -> nul ? "\uFFFD" : null;
            default -> null;
        };
    }
}
