package site.builder.markdown;

import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;

/** Renders a node's children to a string, for headings' TOC titles and render hooks' {@code .Text}. */
final class Inline {
    private Inline() {}

    static String html(Node node, NodeRendererContext ctx) {
        NodeRendererContext sub = ctx.getSubContext(false);
        sub.renderChildren(node);
        return sub.getHtmlWriter().toString(-1, -1, false).stripTrailing();
    }
}
