package site.builder.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Footnotes as goldmark writes them: {@code fnref:N}/{@code fn:N} ids numbered by first reference, and a
 * {@code div.footnotes} at the end whose last paragraphs carry one back link per reference.
 */
final class FootnoteRenderer implements PhasedNodeRenderer {
    private final boolean xhtml;
    /** References seen so far per footnote; one renderer instance serves one render call. */
    private final Map<FootnoteBlock, Integer> seen = new HashMap<>();

    FootnoteRenderer(boolean xhtml) {
        this.xhtml = xhtml;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::reference),
                new NodeRenderingHandler<>(FootnoteBlock.class, (n, c, h) -> {}));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    private void reference(Footnote node, NodeRendererContext ctx, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            html.text(node.getChars().toString());
            return;
        }
        int index = block.getFootnoteOrdinal();
        int refIndex = seen.merge(block, 1, Integer::sum) - 1;
        html.raw("<sup id=\"fnref" + (refIndex > 0 ? refIndex : "") + ":" + index + "\"><a href=\"#fn:" + index
                + "\" class=\"footnote-ref\" role=\"doc-noteref\">" + index + "</a></sup>");
    }

    @Override
    public void renderDocument(NodeRendererContext ctx, HtmlWriter html, Document document, RenderingPhase phase) {
        var repository = FootnoteExtension.FOOTNOTES.get(document);
        List<FootnoteBlock> blocks = repository.getReferencedFootnoteBlocks();
        if (blocks.isEmpty()) return;
        html.line().raw("<div class=\"footnotes\" role=\"doc-endnotes\">\n" + (xhtml ? "<hr />" : "<hr>") + "\n<ol>\n");
        for (FootnoteBlock block : blocks) {
            int index = block.getFootnoteOrdinal();
            html.raw("<li id=\"fn:" + index + "\">\n");
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child == block.getLastChild() && child instanceof Paragraph) {
                    html.raw("<p>")
                            .raw(Inline.html(child, ctx))
                            .raw(backLinks(block, index))
                            .raw("</p>\n");
                } else {
                    ctx.render(child);
                }
            }
            html.line().raw("</li>\n");
        }
        html.raw("</ol>\n</div>\n");
    }

    private static String backLinks(FootnoteBlock block, int index) {
        StringBuilder links = new StringBuilder();
        for (int ref = 0; ref < Math.max(1, block.getFootnoteReferences()); ref++) {
            links.append("&#160;<a href=\"#fnref")
                    .append(ref > 0 ? ref : "")
                    .append(':')
                    .append(index)
                    .append("\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>");
        }
        return links.toString();
    }
}
