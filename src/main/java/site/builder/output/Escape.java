package site.builder.output;

/** The escaping Go's html/template applies, so generated files match Hugo's byte for byte. */
public final class Escape {
    private Escape() {}

    /** Contextual HTML text escaping (html/template): also escapes '+' as Hugo's output shows. */
    public static String htmlText(String s) {
        return escape(s, true);
    }

    /** text/template's html function: & ' < > " only. */
    public static String html(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean plus) {
        if (!needsEscaping(s, plus)) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                case '+' -> out.append(plus ? "&#43;" : "+");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(String s, boolean plus) {
        for (char c : s.toCharArray()) {
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '\0' || (plus && c == '+')) return true;
        }
        return false;
    }
}
