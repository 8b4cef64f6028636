package site.builder.markdown;

/**
 * Hugo's {@code <!--more-->}: the first one in the body marks the end of the summary. Like Hugo, the divider is
 * replaced by a marker paragraph before rendering and the rendered HTML is split at the marker afterwards.
 */
final class SummaryDivider {
    static final String DIVIDER = "<!--more-->";
    static final String MARKER = "HUGOMORE42";

    private SummaryDivider() {}

    /** The Markdown to render, whether it has a divider, and whether anything but whitespace follows it. */
    record Split(String markdown, boolean hasDivider, boolean truncated) {}

    static Split mark(String body) {
        int at = body.indexOf(DIVIDER);
        if (at < 0) return new Split(body, false, false);
        String after = body.substring(at + DIVIDER.length());
        return new Split(body.substring(0, at) + "\n\n" + MARKER + "\n\n" + after, true, !after.isBlank());
    }

    /** Rendered summary and content without the marker; Hugo removes the {@code <p>} around it as well. */
    record Parts(String summary, String content) {}

    static Parts split(String html) {
        int marker = html.indexOf(MARKER);
        if (marker < 0) return new Parts(null, html);
        int start = html.lastIndexOf("<p", marker);
        if (start < 0) start = marker;
        int close = html.indexOf("</p", marker);
        int end = close < 0 ? marker + MARKER.length() : close + 4;
        String summary = html.substring(0, start).strip();
        String rest = trimNewlines(html.substring(Math.min(end, html.length())));
        return new Parts(summary, (html.substring(0, start) + rest).strip());
    }

    private static String trimNewlines(String s) {
        int b = 0, e = s.length();
        while (b < e && s.charAt(b) == '\n') b++;
        while (e > b && s.charAt(e - 1) == '\n') e--;
        return s.substring(b, e);
    }
}
