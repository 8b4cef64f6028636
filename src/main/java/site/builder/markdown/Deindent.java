package site.builder.markdown;

/**
 * Hugo 0.111's InnerDeindent: the shortcode's own indentation (the white space before its opening tag, as in a
 * list item) taken off the start of every line of its inner text that starts with it; other lines stay as written.
 */
final class Deindent {
    private Deindent() {}

    static String of(String text, String indentation) {
        if (indentation.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            out.append(text, text.startsWith(indentation, start) ? start + indentation.length() : start, end);
            start = end;
        }
        return out.toString();
    }
}
