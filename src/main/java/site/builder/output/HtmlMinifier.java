package site.builder.output;

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
        Output out = squeezed(html);
        return new String(out.chars, out.start(), out.end() - out.start());
    }

    /** The minified page as UTF-8: the same bytes as {@code minify(html).getBytes(UTF_8)}, one copy fewer. */
    public static byte[] minifyToUtf8(String html) {
        Output out = squeezed(html);
        return Utf8.encode(out.chars, out.start(), out.end());
    }

    private static Output squeezed(String html) {
        Output out = new Output(html);
        int last = 0;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int end = verbatimEnd(html, lt);
            if (end < 0) continue;
            squeeze(html, last, lt, last > 0, true, out);
            char c = Character.toLowerCase(html.charAt(lt + 1));
            if (c == 's') out.append(inline(html.substring(lt, end)));
            else out.copy(lt, end);
            last = end;
            lt = end - 1;
        }
        squeeze(html, last, html.length(), last > 0, false, out);
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

    /** The end of the pre/textarea/script/style element whose start tag begins at {@code lt}, or -1. */
    private static int verbatimEnd(String html, int lt) {
        for (String name : VERBATIM) {
            int afterName = lt + 1 + name.length();
            if (!nameAt(html, lt + 1, name) || !wordEnds(html, afterName)) continue;
            for (int close = html.indexOf("</", afterName); close >= 0; close = html.indexOf("</", close + 1)) {
                if (!nameAt(html, close + 2, name)) continue;
                int gt = close + 2 + name.length();
                while (gt < html.length() && isSpace(html.charAt(gt))) gt++;
                if (gt < html.length() && html.charAt(gt) == '>') return gt + 1;
            }
            return -1;
        }
        return -1;
    }

    private static boolean nameAt(String s, int at, String lowerName) {
        if (at + lowerName.length() > s.length()) return false;
        for (int i = 0; i < lowerName.length(); i++) {
            char c = s.charAt(at + i);
            if (c != lowerName.charAt(i) && !(c >= 'A' && c <= 'Z' && c + 32 == lowerName.charAt(i))) return false;
        }
        return true;
    }

    /** Whether a word (the tag name) ends at {@code at}: regex {@code \b} after a letter. */
    private static boolean wordEnds(String s, int at) {
        if (at == s.length()) return true;
        char c = s.charAt(at);
        if (c >= 128) return BOUNDARY.matcher(s).region(at, s.length()).useTransparentBounds(true).lookingAt();
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    /**
     * Appends the text from {@code from} to {@code to} without comments, with each white space run collapsed to
     * one space, or dropped where it holds a line break and lies between two tags, or (after/before a kept block,
     * whose edges are tags) at the text's start or end.
     */
    private static void squeeze(String html, int from, int to, boolean afterTag, boolean beforeTag, Output out) {
        int begin = out.length;
        copyWithoutComments(html, from, to, out);
        char[] t = out.chars;
        int n = out.length;
        // what Java's $ allows after the end of the text: one final line terminator that is not \s
        int end = n > begin && (t[n - 1] == '\u0085' || t[n - 1] == '\u2028' || t[n - 1] == '\u2029') ? n - 1 : n;
        int w = begin; // squeezed in place: the text only shrinks
        for (int i = begin; i < n; ) {
            if (!isSpace(t[i])) {
                t[w++] = t[i++];
                continue;
            }
            int start = i;
            boolean lineBreak = false;
            while (i < n && isSpace(t[i])) lineBreak |= t[i++] == '\n';
            boolean drop = lineBreak && (start == begin && afterTag
                    || (i == n || i == end) && beforeTag
                    || start > begin && t[start - 1] == '>' && i < n && t[i] == '<');
            if (!drop) t[w++] = ' ';
        }
        out.length = w;
    }

    /** Copies the text without its comments {@code <!-- ... -->}, keeping conditional ones {@code <!--[if ...}. */
    private static void copyWithoutComments(String html, int from, int to, Output out) {
        int kept = from;
        for (int open = out.commentFrom(from); open >= 0 && open + 4 <= to; open = out.commentFrom(open + 1)) {
            if (open + 7 <= to && html.startsWith("[if", open + 4)) continue;
            int close = html.indexOf("-->", open + 4);
            if (close < 0 || close + 3 > to) break;
            out.copy(kept, open);
            kept = close + 3;
            open = kept - 1;
        }
        out.copy(kept, to);
    }

    /** The minified characters, in one array as long as the page (minifying only shrinks it). */
    private static final class Output {
        final String html;
        final char[] chars;
        int length;
        private int comment;

        Output(String html) {
            this.html = html;
            this.comment = html.indexOf("<!--");
            this.chars = new char[html.length()];
        }

        /**
         * The first comment start at or after {@code from}, remembered: searched for once per page, not once per
         * text between kept blocks (which made minifying a page with many code blocks quadratic).
         */
        int commentFrom(int from) {
            if (comment >= 0 && comment < from) comment = html.indexOf("<!--", from);
            return comment;
        }

        /** Appends a minified script or style element, never longer than the one it replaces. */
        void append(String text) {
            text.getChars(0, text.length(), chars, length);
            length += text.length();
        }

        void copy(int from, int to) {
            html.getChars(from, to, chars, length);
            length += to - from;
        }

        /** Where the text starts and ends without white space, as String.strip() (no surrogate is white space). */
        int start() {
            int a = 0;
            while (a < length && Character.isWhitespace(chars[a])) a++;
            return a;
        }

        int end() {
            int a = start(), b = length;
            while (b > a && Character.isWhitespace(chars[b - 1])) b--;
            return b;
        }
    }

    /** Regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
