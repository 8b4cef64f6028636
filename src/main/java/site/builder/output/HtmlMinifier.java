package site.builder.output;

import java.nio.CharBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conservative HTML minifier for `--minify`: drops comments (not conditional ones), removes the
 * indentation between tags and collapses other white space to one space. The contents of pre and
 * textarea stay byte for byte; inline style and script (JavaScript or JSON) go through the CSS and JS
 * minifiers, other scripts (templates) stay as they are.
 *
 * <p>Written as character scans rather than regular expressions: with the C1-only JIT of a build, the regex
 * version was 45% of a 10,000-post `--minify` build. The rules are the regexes' exactly (white space is
 * {@code \s}: ASCII only; tag names match ASCII-case-insensitively), which {@code HtmlMinifierTest} checks
 * against them on random input.
 */
public final class HtmlMinifier {
    private static final String[] VERBATIM = {"pre", "textarea", "script", "style"};
    /** Only for a non-ASCII character right after a tag name, where {@code \b}'s rules depend on the JDK. */
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private static final Pattern ELEMENT = Pattern.compile("(?is)(<(script|style)\\b[^>]*>)(.*)(</\\2\\s*>)");
    private static final Pattern SCRIPT_TYPE = Pattern.compile("(?is)\\btype\\s*=\\s*[\"']?([^\"'\\s>]+)");

    private HtmlMinifier() {}

    public static String minify(String html) {
        char[] text = html.toCharArray();
        InPlace out = squeezed(text, text.length);
        return new String(text, out.start(), out.end() - out.start());
    }

    /** The minified page as UTF-8: the same bytes as {@code minify(html).getBytes(UTF_8)}. */
    public static byte[] minifyToUtf8(String html) {
        char[] text = html.toCharArray();
        return minifyToUtf8(text, text.length);
    }

    /**
     * The first {@code length} chars of {@code text} minified and encoded as UTF-8 (the bytes of
     * {@code minify(new String(text, 0, length)).getBytes(UTF_8)}); the array is rewritten in place.
     */
    public static byte[] minifyToUtf8(char[] text, int length) {
        InPlace out = squeezed(text, length);
        return Utf8.encode(text, out.start(), out.end());
    }

    private static InPlace squeezed(char[] text, int length) {
        InPlace out = new InPlace(text, length);
        int last = 0;
        for (int lt = out.indexOf('<', 0); lt >= 0; lt = out.indexOf('<', lt + 1)) {
            int end = out.verbatimEnd(lt);
            if (end < 0) continue;
            out.squeeze(last, lt, last > 0, true);
            char c = Character.toLowerCase(text[lt + 1]);
            if (c == 's') out.append(inline(new String(text, lt, end - lt)));
            else out.copy(lt, end);
            last = end;
            lt = end - 1;
        }
        out.squeeze(last, length, last > 0, false);
        return out;
    }

    /**
     * Minified theme scripts and styles by their source: every page repeats the same few (theme toggle, code copy),
     * so each is minified once per build, not once per page. Bounded; JSON (a page's own data) is not kept.
     */
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    private static final int SEEN_MAX = 256;

    /** A style or script element with its code minified; pre, textarea and non-code scripts unchanged. */
    static String inline(String element) {
        String known = SEEN.get(element);
        if (known != null) return known;
        String minified = minifyElement(element);
        if (SEEN.size() < SEEN_MAX && !minified.regionMatches(true, 0, "<script type=\"application/", 0, 26)) {
            SEEN.put(element, minified);
        }
        return minified;
    }

    private static String minifyElement(String element) {
        Matcher m = ELEMENT.matcher(element);
        if (!m.matches()) return element;
        boolean style = m.group(2).equalsIgnoreCase("style");
        if (!style && !isCode(m.group(1))) return element;
        String code = style ? CssMinifier.minify(m.group(3)) : JsMinifier.minify(m.group(3));
        return m.group(1) + code + m.group(4);
    }

    private static boolean isCode(String openTag) {
        Matcher type = SCRIPT_TYPE.matcher(openTag);
        if (!type.find()) return true;
        String t = type.group(1).toLowerCase(java.util.Locale.ROOT);
        return t.equals("module") || t.endsWith("javascript") || t.endsWith("json");
    }

    /**
     * A page minified within its own array: what is written never runs ahead of what is read (the text only
     * shrinks, and a minified script or style is never longer than its element), so the text after the read
     * position is still the page's when it is scanned.
     */
    private static final class InPlace {
        final char[] a;
        final int n;
        /** How much of the minified text is written, from the array's start. */
        int length;

        private int comment;

        InPlace(char[] a, int n) {
            this.a = a;
            this.n = n;
            this.comment = indexOf("<!--", 0);
        }

        /** The end of the pre/textarea/script/style element whose start tag begins at {@code lt}, or -1. */
        int verbatimEnd(int lt) {
            for (String name : VERBATIM) {
                int afterName = lt + 1 + name.length();
                if (!nameAt(lt + 1, name) || !wordEnds(afterName)) continue;
                for (int close = indexOf("</", afterName); close >= 0; close = indexOf("</", close + 1)) {
                    if (!nameAt(close + 2, name)) continue;
                    int gt = close + 2 + name.length();
                    while (gt < n && isSpace(a[gt])) gt++;
                    if (gt < n && a[gt] == '>') return gt + 1;
                }
                return -1;
            }
            return -1;
        }

        private boolean nameAt(int at, String lowerName) {
            if (at + lowerName.length() > n) return false;
            for (int i = 0; i < lowerName.length(); i++) {
                char c = a[at + i];
                if (c != lowerName.charAt(i) && !(c >= 'A' && c <= 'Z' && c + 32 == lowerName.charAt(i))) return false;
            }
            return true;
        }

        /** Whether a word (the tag name) ends at {@code at}: regex {@code \b} after a letter. */
        private boolean wordEnds(int at) {
            if (at == n) return true;
            char c = a[at];
            if (c >= 128) {
                return BOUNDARY.matcher(CharBuffer.wrap(a, 0, n))
                        .region(at, n)
                        .useTransparentBounds(true)
                        .lookingAt();
            }
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
        }

        /**
         * Appends the text from {@code from} to {@code to} without comments, with each white space run collapsed
         * to one space, or dropped where it holds a line break and lies between two tags, or (after/before a kept
         * block, whose edges are tags) at the text's start or end.
         */
        void squeeze(int from, int to, boolean afterTag, boolean beforeTag) {
            int begin = length;
            copyWithoutComments(from, to);
            char[] t = a;
            int end = length;
            // what Java's $ allows after the end of the text: one final line terminator that is not \s
            int last = end > begin && (t[end - 1] == '\u0085' || t[end - 1] == '\u2028' || t[end - 1] == '\u2029')
                    ? end - 1
                    : end;
            int w = begin;
            for (int i = begin; i < end; ) {
                if (!isSpace(t[i])) {
                    t[w++] = t[i++];
                    continue;
                }
                int start = i;
                boolean lineBreak = false;
                while (i < end && isSpace(t[i])) lineBreak |= t[i++] == '\n';
                boolean drop = lineBreak
                        && (start == begin && afterTag
                                || (i == end || i == last) && beforeTag
                                || start > begin && t[start - 1] == '>' && i < end && t[i] == '<');
                if (!drop) t[w++] = ' ';
            }
            length = w;
        }

        /** Copies the text without its comments {@code <!-- ... -->}, keeping conditional ones {@code <!--[if ...}. */
        private void copyWithoutComments(int from, int to) {
            int kept = from;
            for (int open = commentFrom(from); open >= 0 && open + 4 <= to; open = commentFrom(open + 1)) {
                if (open + 7 <= to && regionMatches(open + 4, "[if")) continue;
                int close = indexOf("-->", open + 4);
                if (close < 0 || close + 3 > to) break;
                copy(kept, open);
                kept = close + 3;
                open = kept - 1;
            }
            copy(kept, to);
        }

        /**
         * The first comment start at or after {@code from}, remembered: searched for once per page, not once per
         * text between kept blocks (which made minifying a page with many code blocks quadratic).
         */
        private int commentFrom(int from) {
            if (comment >= 0 && comment < from) comment = indexOf("<!--", from);
            return comment;
        }

        /** Appends a minified script or style element, never longer than the one it replaces. */
        void append(String text) {
            text.getChars(0, text.length(), a, length);
            length += text.length();
        }

        void copy(int from, int to) {
            System.arraycopy(a, from, a, length, to - from);
            length += to - from;
        }

        int indexOf(char c, int from) {
            for (int i = from; i < n; i++) {
                if (a[i] == c) return i;
            }
            return -1;
        }

        private int indexOf(String s, int from) {
            char first = s.charAt(0);
            for (int i = Math.max(from, 0), max = n - s.length(); i <= max; i++) {
                if (a[i] == first && regionMatches(i, s)) return i;
            }
            return -1;
        }

        private boolean regionMatches(int at, String s) {
            if (at + s.length() > n) return false;
            for (int i = 0; i < s.length(); i++) {
                if (a[at + i] != s.charAt(i)) return false;
            }
            return true;
        }

        /** Where the text starts and ends without white space, as String.strip() (no surrogate is white space). */
        int start() {
            int i = 0;
            while (i < length && Character.isWhitespace(a[i])) i++;
            return i;
        }

        int end() {
            int i = start(), j = length;
            while (j > i && Character.isWhitespace(a[j - 1])) j--;
            return j;
        }
    }

    /** Regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
