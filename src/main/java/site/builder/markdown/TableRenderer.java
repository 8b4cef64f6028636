package site.builder.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;

/** GFM tables laid out as goldmark writes them: one tag per line, alignment as style (HTML) or align (XHTML). */
final class TableRenderer implements NodeRenderer {
    private final boolean xhtml;

    TableRenderer(boolean xhtml) {
        this.xhtml = xhtml;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(TableHead.class, (n, c, h) -> wrap("thead", n, c, h)),
                new NodeRenderingHandler<>(TableBody.class, (n, c, h) -> {
                    if (n.hasChildren()) wrap("tbody", n, c, h);
                }),
                new NodeRenderingHandler<>(TableRow.class, (n, c, h) -> wrap("tr", n, c, h)),
                new NodeRenderingHandler<>(TableSeparator.class, (n, c, h) -> {}),
                new NodeRenderingHandler<>(TableCell.class, this::cell));
    }

    private void table(TableBlock node, NodeRendererContext ctx, HtmlWriter html) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        var attrs = state == null ? null : state.blockAttributes.get(node);
        html.line().raw("<table");
        if (attrs != null) attrs.forEach((k, v) -> html.raw(" " + k + "=\"" + Escape.html(v) + "\""));
        html.raw(">\n");
        ctx.renderChildren(node);
        html.line().raw("</table>\n");
    }

    private static void wrap(String tag, Node node, NodeRendererContext ctx, HtmlWriter html) {
        html.line().raw("<" + tag + ">\n");
        ctx.renderChildren(node);
        html.line().raw("</" + tag + ">\n");
    }

    private void cell(TableCell cell, NodeRendererContext ctx, HtmlWriter html) {
        String tag = cell.isHeader() ? "th" : "td";
        // Cells added to short rows have no alignment (TableRows), as in goldmark.
        html.line().raw("<" + tag);
        if (cell.getAlignment() != null) {
            String align = cell.getAlignment().name().toLowerCase(Locale.ROOT);
            html.raw(xhtml ? " align=\"" + align + "\"" : " style=\"text-align:" + align + "\"");
        }
        html.raw(">").raw(Inline.html(cell, ctx).strip()).raw("</" + tag + ">\n");
    }
}
