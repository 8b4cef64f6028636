package site.builder.markdown;

import java.util.List;

/**
 * Hugo's {@code StripHTML}, which makes {@code .Plain}: paragraph ends and {@code <br>} become newlines, other
 * newlines spaces, tags and comments vanish (entities stay as written) and whitespace runs shrink to their first char.
 */
final class PlainText {
    private PlainText() {}

    /** A part of the HTML at {@code offset}, {@code length} long, whose tags are stripped already: {@code text}. */
    record Known(int offset, int length, String text) {}

    static String of(String html) {
        return of(html, List.of());
    }

    /** @param known parts whose stripped text is known (highlighted code blocks), in order */
    static String of(String html, List<Known> known) {
        if (html.indexOf('<') < 0 && html.indexOf('>') < 0) return html;
        // One char array, stripped and then squeezed in place (each step writes at most as many chars as it reads):
        // a page of highlighted code is several times its text, and copies of it were most of this step's cost.
        // Char arrays, not String.charAt: per character that is a call with a bounds check without C2.
        char[] text = new char[html.length()];
        html.getChars(0, text.length, text, 0);
        int length = stripTags(text, known);
        int n = 0;
        boolean wasSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            boolean space = Character.isSurrogate(c) ? false : Words.isSpace(c);
            if (!(space && wasSpace)) text[n++] = c;
            wasSpace = space;
        }
        return new String(text, 0, n);
    }

    /**
     * Strips {@code html} in place; returns the length of the text left at its start. A known part starting where
     * a tag would be read is replaced by its text (a part that the scan steps over, inside a tag or comment left
     * open before it, is stripped like the rest).
     */
    private static int stripTags(char[] html, List<Known> known) {
        int n = 0;
        int i = 0, len = html.length;
        int k = 0;
        while (i < len) {
            char c = html[i];
            if (c == '<' && k < known.size()) {
                while (k < known.size() && known.get(k).offset() < i) k++;
                Known part = k < known.size() ? known.get(k) : null;
                if (part != null && part.offset() == i && part.text().length() <= part.length()) {
                    part.text().getChars(0, part.text().length(), html, n);
                    n += part.text().length();
                    i += part.length();
                    k++;
                    continue;
                }
            }
            if (c == '\n') {
                html[n++] = ' ';
                i++;
            } else if (c == '<'
                    && (startsWith(html, i, "</p>") || startsWith(html, i, "<br>") || startsWith(html, i, "<br />"))) {
                i = indexOf(html, '>', i) + 1;
                html[n++] = '\n';
            } else if (c == '<' && startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? len : end + 3;
            } else if (c == '<' && isTagStart(html, i + 1)) {
                i = tagEnd(html, i + 1);
            } else {
                html[n++] = c;
                i++;
            }
        }
        return n;
    }

    private static boolean startsWith(char[] s, int at, String prefix) {
        if (at + prefix.length() > s.length) return false;
        for (int k = 0; k < prefix.length(); k++) if (s[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    private static int indexOf(char[] s, char c, int from) {
        for (int i = from; i < s.length; i++) if (s[i] == c) return i;
        return -1;
    }

    private static int indexOf(char[] s, String needle, int from) {
        for (int i = from; i + needle.length() <= s.length; i++) if (startsWith(s, i, needle)) return i;
        return -1;
    }

    private static boolean isTagStart(char[] s, int i) {
        if (i < s.length && s[i] == '/') i++;
        return i < s.length && Character.isLetter(s[i]);
    }

    /** Index after the tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(char[] s, int i) {
        char quote = 0;
        for (; i < s.length; i++) {
            char c = s[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return s.length;
    }
}
