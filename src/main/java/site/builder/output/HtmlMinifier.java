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
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_BREAK = Pattern.compile("^\\s*\\n\\s*");
    private static final Pattern TRAILING_BREAK = Pattern.compile("\\s*\\n\\s*$");

    private HtmlMinifier() {}

    public static String minify(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher m = VERBATIM.matcher(html);
        int last = 0;
        while (m.find()) {
            out.append(squeeze(html.substring(last, m.start()), last > 0, true)).append(m.group());
            last = m.end();
        }
        return out.append(squeeze(html.substring(last), last > 0, false)).toString().strip();
    }

    /** {@code afterTag}/{@code beforeTag}: the text borders a kept block, whose edges are tags. */
    private static String squeeze(String text, boolean afterTag, boolean beforeTag) {
        String s = COMMENT.matcher(text).replaceAll("");
        s = BETWEEN_TAGS.matcher(s).replaceAll("><");
        if (afterTag) s = LEADING_BREAK.matcher(s).replaceFirst("");
        if (beforeTag) s = TRAILING_BREAK.matcher(s).replaceFirst("");
        return SPACE.matcher(s).replaceAll(" ");
    }
}
