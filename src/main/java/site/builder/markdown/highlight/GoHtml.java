package site.builder.markdown.highlight;

/** Go's html.EscapeString, which Chroma and Hugo use for code: {@code & ' < > "}. */
public final class GoHtml {
    private GoHtml() {}

    public static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                default -> out.append(c);
            }
        }
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(out, s);
        return out.toString();
    }
}
