package site.builder.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;
import java.util.Set;

/** Links, images, code spans and hard breaks as goldmark writes them, with Hugo's link and image render hooks. */
final class InlineRenderer implements NodeRenderer {
    private final GoldmarkOptions options;

    InlineRenderer(GoldmarkOptions options) {
        this.options = options;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(AutoLink.class, (n, c, h) -> autoLink(n.getText().toString(), "", h)),
                new NodeRenderingHandler<>(MailLink.class, (n, c, h) -> autoLink(n.getText().toString(), "mailto:", h)),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(HardLineBreak.class, this::hardBreak),
                new NodeRenderingHandler<>(Text.class, this::text));
    }

    private void link(Link node, NodeRendererContext ctx, HtmlWriter html) {
        link(node, node.getUrl().toString(), node.getTitle().isNull() ? null : node.getTitle().toString(), ctx, html);
    }

    private void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
        image(node, node.getUrl().toString(), node.getTitle().isNull() ? null : node.getTitle().toString(), ctx, html);
    }

    /** Reference links render like inline ones; undefined references stay text (flexmark's default). */
    private void linkRef(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) ctx.delegateRender();
        else link(node, ref.getUrl().toString(), ref.getTitle().isNull() ? null : ref.getTitle().toString(), ctx, html);
    }

    private void imageRef(ImageRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) ctx.delegateRender();
        else image(node, ref.getUrl().toString(), ref.getTitle().isNull() ? null : ref.getTitle().toString(), ctx, html);
    }

    private void link(Node node, String rawUrl, String rawTitle, NodeRendererContext ctx, HtmlWriter html) {
        String dest = Escaping.unescapeString(rawUrl);
        String title = rawTitle == null ? null : Escaping.unescapeString(rawTitle);
        String text = Inline.html(node, ctx);
        Optional<String> hooked = hooks(ctx).flatMap(h -> h.link(new RenderHooks.Link(dest, title == null ? "" : title, text, plain(node))));
        if (hooked.isPresent()) {
            html.raw(hooked.get());
            return;
        }
        html.raw("<a href=\"").raw(href(dest)).raw("\"");
        if (title != null) html.raw(" title=\"").raw(Escape.html(title)).raw("\"");
        html.raw(">").raw(text).raw("</a>");
    }

    private void image(Node node, String rawUrl, String rawTitle, NodeRendererContext ctx, HtmlWriter html) {
        String dest = Escaping.unescapeString(rawUrl);
        String title = rawTitle == null ? null : Escaping.unescapeString(rawTitle);
        String alt = plain(node);
        Optional<String> hooked = hooks(ctx).flatMap(h -> h.image(new RenderHooks.Link(dest, title == null ? "" : title, Inline.html(node, ctx), alt)));
        if (hooked.isPresent()) {
            html.raw(hooked.get());
            return;
        }
        html.raw("<img src=\"").raw(href(dest)).raw("\" alt=\"").raw(Escape.html(alt)).raw("\"");
        if (title != null) html.raw(" title=\"").raw(Escape.html(title)).raw("\"");
        html.raw(options.xhtml() ? " />" : ">");
    }

    private String href(String dest) {
        return !options.unsafe() && UrlEscape.isDangerous(dest) ? "" : Escape.html(UrlEscape.escape(dest));
    }

    private void autoLink(String url, String scheme, HtmlWriter html) {
        String target = scheme + url;
        String href = !options.unsafe() && UrlEscape.isDangerous(target) ? "" : Escape.html(UrlEscape.escape(target));
        html.raw("<a href=\"").raw(href).raw("\">").raw(Escape.html(url)).raw("</a>");
    }

    /** CommonMark code spans: newlines become spaces, one space is stripped from each end when both have one. */
    private void code(Code node, NodeRendererContext ctx, HtmlWriter html) {
        String s = node.getText().toString().replace("\r\n", " ").replace('\n', ' ');
        if (s.length() >= 2 && s.startsWith(" ") && s.endsWith(" ") && !s.isBlank()) s = s.substring(1, s.length() - 1);
        html.raw("<code>").raw(Escape.html(s)).raw("</code>");
    }

    /** goldmark 1.5 keeps all but three of the trailing spaces before a hard break. */
    private void hardBreak(HardLineBreak node, NodeRendererContext ctx, HtmlWriter html) {
        String chars = node.getChars().toString();
        int spaces = (int) chars.chars().filter(c -> c == ' ').count();
        if (spaces > 3) html.raw(" ".repeat(spaces - 3));
        html.raw(options.xhtml() ? "<br />\n" : "<br>\n");
    }

    /** Continuation lines lose their leading whitespace, as CommonMark says (flexmark keeps it in the text). */
    private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
        String text = node.getChars().unescape();
        Node previous = node.getPrevious();
        if (previous instanceof SoftLineBreak || previous instanceof HardLineBreak) text = text.replaceFirst("^[ \\t]+", "");
        html.raw(Escape.html(text));
    }

    private static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static Optional<RenderHooks> hooks(NodeRendererContext ctx) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        return Optional.ofNullable(state == null ? null : state.page.hooks());
    }
}
