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
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '\'' -> "&#39;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#34;";
                default -> null;
            };
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
}
