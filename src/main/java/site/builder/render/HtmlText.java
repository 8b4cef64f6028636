package site.builder.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rendered HTML turned into text (Hugo's plainify | htmlUnescape) or given heading anchors. */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0", "hellip", "\u2026", "rsquo",
            "\u2019", "lsquo", "\u2018", "ldquo", "\u201c");

    private HtmlText() {}

    /**
     * Headings with an id get a hidden "#" link to themselves before their end tag (PaperMod's anchors). A scan
     * that finds what the regex {@code (?s)(<h([1-6]) id="([^"]+)"[^>]*>.*?)(</h\2>)} finds (it was 2.5% of a
     * build); {@code HtmlTextTest} compares the two.
     */
    static String anchorHeadings(String html) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = html.indexOf("<h"); at >= 0; at = html.indexOf("<h", at + 1)) {
            int end = headingEnd(html, at);
            if (end < 0) continue;
            if (out == null) out = new StringBuilder(html.length() + 256);
            int close = end - 5; // "</hN>"
            int idStart = at + 8;
            out.append(html, copied, close)
                    .append("<a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#")
                    .append(html, idStart, html.indexOf('"', idStart))
                    .append("\">#</a>")
                    .append(html, close, end);
            copied = end;
            at = end - 1;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The end of the heading with an id whose start tag begins at {@code at} ("<hN id=\"...\""), or -1. */
    private static int headingEnd(String html, int at) {
        if (at + 8 > html.length()) return -1;
        char level = html.charAt(at + 2);
        if (level < '1' || level > '6' || !html.startsWith(" id=\"", at + 3)) return -1;
        int quote = html.indexOf('"', at + 8);
        if (quote <= at + 8) return -1; // no closing quote, or an empty id
        int gt = html.indexOf('>', quote + 1);
        if (gt < 0) return -1;
        int close = html.indexOf("</h" + level + ">", gt + 1);
        return close < 0 ? -1 : close + 5;
    }

    static String plain(String html) {
        String text = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(decode(r.group(1), r.group())))
                .strip();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#x") || name.startsWith("#X"))
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        return NAMED.getOrDefault(name, name.equals("rdquo") ? "\u201d" : whole);
    }
}
