package site.builder.markdown;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One shortcode invocation as a template sees it (Hugo's {@code .Params}, {@code .Get}, {@code .Inner}, ...).
 *
 * @param positional positional params in order (empty when named ones are used)
 * @param named      named params, as written
 * @param inner      text between opening and closing tag, or null for a shortcode without a closing tag
 * @param markdown   true for {@code {{% %}}}: the output is Markdown, rendered with the page
 * @param ordinal    zero-based position among the enclosing shortcode's shortcodes, or the page's top-level ones
 * @param parent     the enclosing shortcode, or null
 * @param line       line in the page's file where the shortcode starts
 * @param indentation the spaces and tabs before the opening tag when nothing else comes before it on its line, else
 *     "": what Hugo's {@code .InnerDeindent} takes off the inner lines
 * @param markdownifier Hugo's {@code markdownify} for this page, for templates: see {@link #markdownify}
 */
public record ShortcodeCall(
        String name,
        List<String> positional,
        Map<String, String> named,
        String inner,
        boolean markdown,
        int ordinal,
        ShortcodeCall parent,
        int line,
        String indentation,
        PageContext page,
        UnaryOperator<String> markdownifier) {

    /** Hugo's {@code markdownify}: the page's Markdown rendering, a lone paragraph without its {@code <p>}; "" for null. */
    public String markdownify(String markdown) {
        return markdown == null ? "" : markdownifier.apply(markdown);
    }

    /** Hugo's {@code .Get} with a string: a named param, or null; as in Hugo, {@code "0"} names no positional one. */
    public String get(String key) {
        return named.get(key);
    }

    /** Hugo's {@code .Get} with a number: a positional param, or null. */
    public String get(int index) {
        return index >= 0 && index < positional.size() ? positional.get(index) : null;
    }

    public boolean isNamedParams() {
        return !named.isEmpty();
    }
}
