package site.builder.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import site.builder.markdown.highlight.HighlightOptions;
import site.builder.markdown.highlight.Highlighter;
import site.common.GoHtml;

/**
 * Hugo's embedded shortcodes, written to produce the same HTML as Hugo 0.111's templates: figure, youtube,
 * vimeo, gist, highlight, param, ref, relref, plus details (from current Hugo).
 */
final class BuiltinShortcodes {
    private final HighlightOptions highlight;
    /** Renders a Markdown string for a page the way Hugo's markdownify does. */
    private final BiFunction<String, PageContext, String> markdownify;

    BuiltinShortcodes(HighlightOptions highlight, BiFunction<String, PageContext, String> markdownify) {
        this.highlight = highlight;
        this.markdownify = markdownify;
    }

    /** Hugo's markdownify for the page: what page templates' shortcodes get as {@link ShortcodeCall#markdownify}. */
    String markdownify(String markdown, PageContext page) {
        return markdownify.apply(markdown, page);
    }

    Optional<String> render(ShortcodeCall c) {
        return Optional.ofNullable(
                switch (c.name()) {
                    case "figure" -> Figure.html(c, s -> markdownify.apply(s, c.page()));
                    case "youtube" -> youtube(c);
                    case "vimeo" -> vimeo(c);
                    case "gist" -> gist(c);
                    case "highlight" -> highlight(c);
                    case "param" -> param(c);
                    case "ref" -> ref(c, false);
                    case "relref" -> ref(c, true);
                    case "details" -> details(c);
                    default -> null;
                });
    }

    private static String youtube(ShortcodeCall c) {
        String id = or(c.get("id"), c.get(0));
        String cls = or(c.get("class"), c.get(1));
        String title = or(c.get("title"), "YouTube Video");
        String autoplay = "true".equals(c.get("autoplay")) ? "?autoplay=1" : "";
        return "\n<div "
                + (empty(cls)
                        ? "style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\""
                        : "class=\"" + attr(cls) + "\"")
                + ">\n"
                + "  <iframe src=\"https://www.youtube.com/embed/" + attr(id) + autoplay + "\" "
                + (empty(cls)
                        ? "style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\" "
                        : "")
                + "allowfullscreen title=\"" + attr(title) + "\"></iframe>\n</div>\n";
    }

    private static String vimeo(ShortcodeCall c) {
        boolean named = c.isNamedParams();
        String id = named ? c.get("id") : c.get(0);
        String cls = named ? c.get("class") : (c.positional().size() > 1 ? c.get(1) : null);
        String title =
                named ? or(c.get("title"), "vimeo video") : (c.positional().size() == 3 ? c.get(2) : "vimeo video");
        boolean styled = named ? empty(cls) : c.positional().size() == 1;
        String div = "<div "
                + (empty(cls) && (named || c.positional().size() <= 1)
                        ? "style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\""
                        : "class=\"" + attr(cls) + "\"")
                + ">\n"
                + "  <iframe src=\"https://player.vimeo.com/video/" + attr(id) + "\" "
                + (styled ? "style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\" " : "")
                + "title=\"" + attr(title)
                + "\" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n</div>";
        return named ? div : "\n" + div + "\n";
    }

    private static String gist(ShortcodeCall c) {
        if (c.positional().size() < 2) throw new ShortcodeException("needs a user and a gist id");
        String file = c.positional().size() == 3 ? "?file=" + attr(c.get(2)) : "";
        return "<script type=\"application/javascript\" src=\"https://gist.github.com/" + attr(c.get(0)) + "/"
                + attr(c.get(1)) + ".js" + file + "\"></script>\n";
    }

    /** {@code {{< highlight go "linenos=table,hl_lines=2" >}}}: the inner code, highlighted like a code fence. */
    private String highlight(ShortcodeCall c) {
        if (c.inner() == null) throw new ShortcodeException("needs a closing tag {{< /highlight >}}");
        String code = Deindent.of(c.inner(), c.indentation()).replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
        Map<String, String> opts =
                BlockAttributes.parse(c.positional().size() > 1 ? c.get(1).replace(',', ' ') : "");
        return Highlighter.highlight(code, or(c.get(0), ""), HighlightBlock.options(highlight, opts));
    }

    private static String param(ShortcodeCall c) {
        String key = c.get(0);
        if (empty(key)) throw new ShortcodeException("missing param key");
        Object value = ParamLookup.lookup(c.page().pageParams(), key);
        if (value == null) value = ParamLookup.lookup(c.page().siteParams(), key);
        if (value == null) throw new ShortcodeException("param \"" + key + "\" not found");
        return Escape.html(String.valueOf(value));
    }

    private static String ref(ShortcodeCall c, boolean relative) {
        String target = or(c.get("path"), c.get(0));
        if (empty(target)) throw new ShortcodeException("missing the page to link to");
        LinkResolver links = c.page().links();
        String lang = or(c.get("lang"), "");
        if (links != null && !links.hasLanguage(lang)) {
            throw new ShortcodeException(
                    "REF_NOT_FOUND: Ref \"" + target + "\": no site found with lang \"" + lang + "\"");
        }
        Optional<String> url = links == null ? Optional.empty() : links.resolve(target, relative, lang);
        return url.orElseThrow(() -> new ShortcodeException("REF_NOT_FOUND: Ref \"" + target + "\": page not found"));
    }

    /** Current Hugo's details shortcode: a summary line and the inner content rendered as Markdown. */
    private String details(ShortcodeCall c) {
        if (c.inner() == null) throw new ShortcodeException("needs a closing tag {{< /details >}}");
        String summary = markdownify.apply(or(c.get("summary"), "Details"), c.page());
        String cls = c.get("class");
        String inner = c.inner() == null ? "" : c.inner();
        String body = c.markdown() ? inner : markdownify.apply(inner, c.page());
        return "<details" + (empty(cls) ? "" : " class=\"" + attr(cls) + "\"")
                + ("true".equals(c.get("open")) ? " open" : "") + ">\n  <summary>" + summary + "</summary>\n  " + body
                + "\n</details>";
    }

    static String or(String value, String fallback) {
        return empty(value) ? fallback : value;
    }

    static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** An attribute value as the shortcode's html/template writes it; a missing one is empty. */
    static String attr(String s) {
        return s == null ? "" : GoHtml.htmlTemplate(s);
    }
}
