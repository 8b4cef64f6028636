package site.builder.markdown;

/**
 * Hugo's {@code StripHTML}, which makes {@code .Plain}: paragraph ends and {@code <br>} become newlines, other
 * newlines spaces, tags and comments vanish (entities stay as written) and whitespace runs shrink to their first char.
 */
final class PlainText {
    private PlainText() {}

    static String of(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('>') < 0) return html;
        String text = stripTags(html);
        StringBuilder out = new StringBuilder(text.length());
        boolean wasSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Words.isSpace(cp);
            if (!(space && wasSpace)) out.appendCodePoint(cp);
            wasSpace = space;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String stripTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0, n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '\n') {
                out.append(' ');
                i++;
            } else if (c == '<' && (html.startsWith("</p>", i) || html.startsWith("<br>", i) || html.startsWith("<br />", i))) {
                out.append('\n');
                i = html.indexOf('>', i) + 1;
            } else if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && isTagStart(html, i + 1)) {
                i = tagEnd(html, i + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isTagStart(String s, int i) {
        if (i < s.length() && s.charAt(i) == '/') i++;
        return i < s.length() && Character.isLetter(s.charAt(i));
    }

    /** Index after the tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(String s, int i) {
        char quote = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return s.length();
    }
}
