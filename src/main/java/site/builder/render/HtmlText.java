package site.builder.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rendered HTML turned into text (Hugo's plainify | htmlUnescape) or given heading anchors. */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "hellip", "\u2026", "rsquo", "\u2019", "lsquo", "\u2018", "ldquo", "\u201c");

    private static final Pattern HEADING = Pattern.compile("(<h([1-6]) id=\"([^\"]+)\"[^>]*>.*?)(</h\\2>)", Pattern.DOTALL);

    private HtmlText() {}

    /** Headings with an id get a hidden "#" link to themselves before their end tag (PaperMod's anchors). */
    static String anchorHeadings(String html) {
        return HEADING.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + "<a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#" + m.group(3) + "\">#</a>" + m.group(4)));
    }

    static String plain(String html) {
        String text = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(decode(r.group(1), r.group()))).strip();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#x") || name.startsWith("#X")) return Character.toString(Integer.parseInt(name.substring(2), 16));
        if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        return NAMED.getOrDefault(name, name.equals("rdquo") ? "\u201d" : whole);
    }
}
