package site.builder.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conservative HTML minifier for `--minify`: drops comments (not conditional ones), removes the
 * indentation between tags and collapses other white space to one space. The contents of pre and
 * textarea stay byte for byte; inline style and script (JavaScript or JSON) go through the CSS and JS
 * minifiers, other scripts (templates) stay as they are.
 */
public final class HtmlMinifier {
    private static final Pattern VERBATIM = Pattern.compile(
            "(?is)<(pre|textarea|script|style)\\b.*?</\\1\\s*>");
    private static final Pattern ELEMENT = Pattern.compile("(?is)(<(script|style)\\b[^>]*>)(.*)(</\\2\\s*>)");
    private static final Pattern SCRIPT_TYPE = Pattern.compile("(?is)\\btype\\s*=\\s*[\"']?([^\"'\\s>]+)");
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
            out.append(squeeze(html.substring(last, m.start()), last > 0, true)).append(inline(m.group()));
            last = m.end();
        }
        return out.append(squeeze(html.substring(last), last > 0, false)).toString().strip();
    }

    /** A style or script element with its code minified; pre, textarea and non-code scripts unchanged. */
    private static String inline(String element) {
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

    /** {@code afterTag}/{@code beforeTag}: the text borders a kept block, whose edges are tags. */
    private static String squeeze(String text, boolean afterTag, boolean beforeTag) {
        String s = COMMENT.matcher(text).replaceAll("");
        s = BETWEEN_TAGS.matcher(s).replaceAll("><");
        if (afterTag) s = LEADING_BREAK.matcher(s).replaceFirst("");
        if (beforeTag) s = TRAILING_BREAK.matcher(s).replaceFirst("");
        return SPACE.matcher(s).replaceAll(" ");
    }
}
