package site.builder.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conservative HTML minifier for `--minify`: drops comments (not conditional ones), removes the
 * indentation between tags and collapses other white space to one space. The contents of pre,
 * textarea, script and style stay byte for byte.
 */
public final class HtmlMinifier {
    private static final Pattern VERBATIM = Pattern.compile(
            "(?is)<(pre|textarea|script|style)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--(?!\\[if).*?-->");
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s*\\n\\s*<");
    private static final Pattern SPACE = Pattern.compile("\\s{2,}|\\n");

    private HtmlMinifier() {}

    public static String minify(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher m = VERBATIM.matcher(html);
        int last = 0;
        while (m.find()) {
            out.append(squeeze(html.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(squeeze(html.substring(last))).toString().strip();
    }

    private static String squeeze(String text) {
        String s = COMMENT.matcher(text).replaceAll("");
        s = BETWEEN_TAGS.matcher(s).replaceAll("><");
        return SPACE.matcher(s).replaceAll(" ");
    }
}
