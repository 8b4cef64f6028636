package site.builder.markdown.highlight;

/** Go's html.EscapeString, which Chroma and Hugo use for code: {@code & ' < > "}. */
public final class GoHtml {
    private GoHtml() {}

    /** Appends {@code s} escaped, copying the runs between special characters in one piece each. */
    public static void escape(StringBuilder out, String s) {
        escape(out, s, 0, s.length());
    }

    /** Appends {@code s} from {@code from} to {@code to} escaped. */
    public static void escape(StringBuilder out, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            String entity = entityOf(s.charAt(i));
            if (entity == null) continue;
            out.append(s, run, i).append(entity);
            run = i + 1;
        }
        out.append(s, run, to);
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(out, s);
        return out.toString();
    }

    /** How many chars more than one {@code c} takes escaped. */
    static int extraLength(char c) {
        String entity = entityOf(c);
        return entity == null ? 0 : entity.length() - 1;
    }

    /** Writes the entity of a char {@link #extraLength} lengthens at {@code out[at]}; returns the index after it. */
    static int entity(char c, char[] out, int at) {
        String entity = entityOf(c);
        entity.getChars(0, entity.length(), out, at);
        return at + entity.length();
    }

    /** The entity Go writes for {@code c}, or null when it is written as it is. */
    private static String entityOf(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '\'' -> "&#39;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&#34;";
            default -> null;
        };
    }
}
