package site.builder.render;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Hugo's {@code markdownify} for the one-line strings themes take from params (a profile subtitle, the
 * home-info text, the copyright): the text escaped, then links, code, strong and emphasis. Block Markdown
 * in params is rare; it prints as text.
 */
public final class InlineMarkdown {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![*\\w])");

    private InlineMarkdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        StringOutput escaped = new StringOutput();
        Escape.htmlContent(markdown.strip(), escaped);
        String html = replace(CODE, escaped.toString(), m -> "<code>" + m.group(1) + "</code>");
        html = replace(LINK, html, m -> "<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>");
        html = replace(STRONG, html, m -> "<strong>" + m.group(2) + "</strong>");
        return replace(EMPHASIS, html, m -> "<em>" + m.group(2) + "</em>");
    }

    private static String replace(Pattern p, String s, Function<MatchResult, String> to) {
        return p.matcher(s).replaceAll(m -> to.apply(m).replace("\\", "\\\\").replace("$", "\\$"));
    }
}
