package site.builder.render;

import site.builder.markdown.RenderHooks;
import site.builder.markdown.ShortcodeCall;

/**
 * The paper theme's images as PaperMod writes them: its {@code figure} shortcode (Hugo's, with lazy loading,
 * {@code align=center}: a class and {@code #center} on the image URL, link {@code target} and {@code rel}, a Markdown
 * caption that also gives the alt text, {@code attr} with {@code attrlink}) and its image render hook. The same HTML
 * as Hugo + PaperMod v7.0, white space included, which a jte template cannot express, hence Java.
 */
public final class PaperFigure {
    private PaperFigure() {}

    public static String html(ShortcodeCall call) {
        String cls = call.get("class"), link = call.get("link"), alt = call.get("alt"), title = call.get("title");
        String caption = call.get("caption"), attr = call.get("attr"), attrlink = call.get("attrlink");
        boolean center = "center".equals(call.get("align"));
        String captionHtml = has(caption) ? InlineMarkdown.toHtml(caption) : "";
        StringBuilder out = new StringBuilder("<figure");
        if (center || has(cls))
            out.append(" class=\"")
                    .append(center ? "align-center " : "")
                    .append(has(cls) ? esc(cls) : "")
                    .append('"');
        out.append('>');
        if (has(link)) {
            out.append("<a href=\"").append(esc(link)).append('"');
            attribute(out, "target", call.get("target"));
            attribute(out, "rel", call.get("rel"));
            out.append('>');
        }
        out.append("\n    <img loading=\"lazy\" src=\"")
                .append(esc(String.valueOf(call.get("src"))))
                .append(center ? "#center" : "")
                .append('"');
        if (has(alt) || has(caption)) {
            out.append("\n         alt=\"")
                    .append(esc(has(alt) ? alt : captionHtml.replaceAll("<[^>]*>", "")))
                    .append('"');
        }
        attribute(out, "width", call.get("width"));
        attribute(out, "height", call.get("height"));
        out.append("/> ");
        if (has(link)) out.append("</a>");
        if (has(title) || has(caption) || has(attr)) {
            out.append("<figcaption>\n            ").append(has(title) ? esc(title) : "");
            if (has(caption) || has(attr)) {
                out.append("<p>").append(captionHtml);
                if (has(attrlink))
                    out.append("\n                    <a href=\"")
                            .append(esc(attrlink))
                            .append("\">");
                out.append(has(attr) ? InlineMarkdown.toHtml(attr) : "");
                if (has(attrlink)) out.append("</a>");
                out.append("</p>");
            }
            out.append("\n        </figcaption>");
        }
        return out.append("\n</figure>\n").toString();
    }

    /**
     * PaperMod's render-image hook: a lazily loaded image, its Go template's spaces kept. An image of the page's
     * bundle gets the resource's URL, as later PaperMod versions do, so that it also shows in summaries on list
     * pages and in feeds (PaperMod v7.0 writes the destination as it is, relative to the page).
     */
    public static String image(RenderHooks.Link image) {
        String title = image.title().isEmpty() ? "" : " title=\"" + esc(image.title()) + "\" ";
        String src = image.resourceURL().isEmpty() ? image.destination() : image.resourceURL();
        return "<img loading=\"lazy\" src=\"" + src.replace("\"", "%22") + "\" alt=\"" + esc(image.text()) + "\" "
                + title + " />\n";
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (has(value))
            out.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    }

    private static boolean has(String s) {
        return s != null && !s.isEmpty();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&#34;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
