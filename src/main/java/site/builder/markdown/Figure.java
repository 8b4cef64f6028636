package site.builder.markdown;

import static site.builder.markdown.BuiltinShortcodes.attr;
import static site.builder.markdown.BuiltinShortcodes.empty;

import java.util.function.UnaryOperator;

/** Hugo 0.111's figure shortcode, whitespace included. */
final class Figure {
    private Figure() {}

    static String html(ShortcodeCall c, UnaryOperator<String> markdownify) {
        String link = c.get("link"), caption = c.get("caption"), title = c.get("title"), attrText = c.get("attr");
        StringBuilder out = new StringBuilder("<figure");
        if (!empty(c.get("class")))
            out.append(" class=\"").append(attr(c.get("class"))).append('"');
        out.append('>');
        if (!empty(link)) {
            out.append("<a href=\"").append(attr(link)).append('"');
            if (!empty(c.get("target")))
                out.append(" target=\"").append(attr(c.get("target"))).append('"');
            if (!empty(c.get("rel")))
                out.append(" rel=\"").append(attr(c.get("rel"))).append('"');
            out.append('>');
        }
        out.append("<img src=\"").append(attr(c.get("src"))).append('"');
        if (!empty(c.get("alt")) || !empty(caption)) {
            String alt = !empty(c.get("alt")) ? c.get("alt") : PlainText.of(markdownify.apply(caption));
            out.append("\n         alt=\"").append(attr(alt)).append('"');
        }
        if (!empty(c.get("width")))
            out.append(" width=\"").append(attr(c.get("width"))).append('"');
        if (!empty(c.get("height")))
            out.append(" height=\"").append(attr(c.get("height"))).append('"');
        out.append("/>"); // html/template drops the template's "Closing img tag" comment
        if (!empty(link)) out.append("</a>");
        if (!empty(title) || !empty(caption) || !empty(attrText)) {
            out.append("<figcaption>\n            ");
            if (!empty(title)) out.append("<h4>").append(Escape.html(title)).append("</h4>");
            if (!empty(caption) || !empty(attrText)) {
                out.append("<p>").append(empty(caption) ? "" : markdownify.apply(caption));
                if (!empty(c.get("attrlink")))
                    out.append("\n                    <a href=\"")
                            .append(attr(c.get("attrlink")))
                            .append("\">");
                out.append(empty(attrText) ? "" : markdownify.apply(attrText));
                if (!empty(c.get("attrlink"))) out.append("</a>");
                out.append("</p>");
            }
            out.append("\n        </figcaption>");
        }
        return out.append("\n</figure>\n").toString();
    }
}
