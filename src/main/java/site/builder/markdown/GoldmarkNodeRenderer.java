package site.builder.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Core CommonMark nodes rendered the way goldmark writes them (void tags, raw HTML policy, heading ids). */
final class GoldmarkNodeRenderer implements NodeRenderer {
    private static final String OMITTED = "<!-- raw HTML omitted -->";
    private final MarkdownOptions options;

    GoldmarkNodeRenderer(MarkdownOptions options) {
        this.options = options;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::htmlBlock),
                new NodeRenderingHandler<>(HtmlInline.class, this::htmlInline),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::htmlInline),
                new NodeRenderingHandler<>(
                        ThematicBreak.class,
                        (node, ctx, html) -> html.line().raw(voidTag("hr")).raw("\n")),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(BlockQuote.class, this::blockQuote));
    }

    private String voidTag(String name) {
        return options.goldmark().xhtml() ? "<" + name + " />" : "<" + name + ">";
    }

    /**
     * goldmark writes no newline after a blockquote tag that carries block attributes. Written raw, not with
     * flexmark's indenting tag writer, whose cost grows with the nesting depth at every tag.
     */
    private void blockQuote(BlockQuote node, NodeRendererContext ctx, HtmlWriter html) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        Map<String, String> attrs = state == null ? null : state.blockAttributes.get(node);
        if (attrs == null) {
            html.line().raw("<blockquote>\n");
            ctx.renderChildren(node);
            html.line().raw("</blockquote>\n");
            return;
        }
        html.line().raw("<blockquote");
        attrs.forEach((k, v) -> html.raw(" " + k + "=\"" + Escape.html(v) + "\""));
        html.raw(">").raw(CodeBlockRenderer.NO_NEWLINE);
        ctx.renderChildren(node);
        html.line().raw("</blockquote>\n");
    }

    private void htmlBlock(Node node, NodeRendererContext ctx, HtmlWriter html) {
        html.line();
        if (options.goldmark().unsafe()) {
            // The content lines, not the node's span: inside a blockquote the span also holds the "> " markers.
            BasedSequence lines = node instanceof Block block ? block.getContentChars() : BasedSequence.NULL;
            String text = (lines.isEmpty() ? node.getChars() : lines).toString();
            html.rawPre(text.endsWith("\n") ? text : text + "\n");
        } else {
            html.raw(OMITTED).raw("\n");
        }
    }

    private void htmlInline(Node node, NodeRendererContext ctx, HtmlWriter html) {
        html.raw(options.goldmark().unsafe() ? node.getChars().toString() : OMITTED);
    }

    /** Hook attributes without the id, which hooks get as {@code .Anchor}. */
    private static Map<String, String> withoutId(RenderState.HeadingAttributes attrs) {
        if (attrs == null) return Map.of();
        Map<String, String> others = new java.util.LinkedHashMap<>(attrs.all());
        others.remove("id");
        return others;
    }

    private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        RenderState.HeadingAttributes attrs = state == null ? null : state.headings.get(node);
        String id = attrs == null ? null : attrs.id();
        String inner = Inline.html(node, ctx);
        if (state != null) state.toc.add(new TableOfContents.Entry(node.getLevel(), id, inner));
        html.line();
        Optional<String> hooked = state == null
                        || state.page.hooks() == null
                        || !state.page.hooks().has(RenderHooks.Kind.HEADING)
                ? Optional.empty()
                : state.page
                        .hooks()
                        .heading(new RenderHooks.Heading(
                                node.getLevel(),
                                id == null ? "" : id,
                                inner,
                                new TextCollectingVisitor().collectAndGetText(node),
                                withoutId(attrs)));
        if (hooked.isPresent()) {
            html.rawPre(hooked.get()).raw(CodeBlockRenderer.NO_NEWLINE).raw("\n");
            return;
        }
        html.raw("<h" + node.getLevel());
        if (attrs != null) attrs.all().forEach((k, v) -> html.raw(" " + k + "=\"" + Escape.html(v) + "\""));
        html.raw(">").raw(inner).raw("</h" + node.getLevel() + ">\n");
    }
}
