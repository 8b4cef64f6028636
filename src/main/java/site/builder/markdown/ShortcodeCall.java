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
 * @param ordinal    zero-based position among the page's shortcodes
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

    /** Hugo's {@code .Get}: a named param, or a positional one when the key is a number. */
    public String get(String key) {
        if (named.containsKey(key)) return named.get(key);
        try {
            int i = Integer.parseInt(key);
            return i >= 0 && i < positional.size() ? positional.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String get(int index) {
        return index >= 0 && index < positional.size() ? positional.get(index) : null;
    }

    public boolean isNamedParams() {
        return !named.isEmpty();
    }
}
