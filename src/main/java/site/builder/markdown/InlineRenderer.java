package site.builder.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;

/** Links, images, code spans and hard breaks as goldmark writes them, with Hugo's link and image render hooks. */
final class InlineRenderer implements NodeRenderer {
    private final GoldmarkOptions options;
    /** Unclosed quotes of the document: goldmark 1.5 never resets them (its CloseBlock hook is never called). */
    private final Quotes.Counter quotes = new Quotes.Counter();

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
                new NodeRenderingHandler<>(
                        AutoLink.class,
                        (n, c, h) -> autoLink(n, scheme(n.getText().toString()), c, h)),
                new NodeRenderingHandler<>(MailLink.class, (n, c, h) -> autoLink(n, "mailto:", c, h)),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(HardLineBreak.class, this::hardBreak),
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(
                        HtmlEntity.class, (n, c, h) -> h.raw(Escape.html(Unescape.text(n.getChars())))),
                new NodeRenderingHandler<>(TypographicQuotes.class, this::pairedQuotes),
                new NodeRenderingHandler<>(TypographicSmarts.class, this::smarts));
    }

    private void link(Link node, NodeRendererContext ctx, HtmlWriter html) {
        link(
                node,
                node.getUrl().toString(),
                node.getTitle().isNull() ? null : node.getTitle().toString(),
                ctx,
                html);
    }

    private void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
        image(
                node,
                node.getUrl().toString(),
                node.getTitle().isNull() ? null : node.getTitle().toString(),
                ctx,
                html);
    }

    /** Reference links render like inline ones; undefined references stay text. */
    private void linkRef(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) undefinedLinkRef(node, ctx, html);
        else
            link(
                    node,
                    ref.getUrl().toString(),
                    ref.getTitle().isNull() ? null : ref.getTitle().toString(),
                    ctx,
                    html);
    }

    /**
     * An undefined reference is its own text (flexmark writes the brackets around its children), except that
     * a closing bracket at the start of a line loses the line's indent, as any continuation line does.
     */
    private void undefinedLinkRef(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        if (!(node.getLastChild() instanceof SoftLineBreak || node.getLastChild() instanceof HardLineBreak)) {
            ctx.delegateRender();
            return;
        }
        BasedSequence chars = node.getChars(), children = node.getChildChars();
        html.raw(Escape.html(Unescape.text(chars.prefixOf(children))));
        ctx.renderChildren(node);
        html.raw(Escape.html(Unescape.text(chars.suffixOf(children).trimStart())));
    }

    private void imageRef(ImageRef node, NodeRendererContext ctx, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(ctx.getDocument()) : null;
        if (ref == null) ctx.delegateRender();
        else
            image(
                    node,
                    ref.getUrl().toString(),
                    ref.getTitle().isNull() ? null : ref.getTitle().toString(),
                    ctx,
                    html);
    }

    private void link(Node node, String rawUrl, String rawTitle, NodeRendererContext ctx, HtmlWriter html) {
        String dest = Unescape.text(rawUrl);
        String title = rawTitle == null ? null : Unescape.text(rawTitle);
        String text = Inline.html(node, ctx);
        Optional<String> hooked = hooks(ctx)
                .filter(h -> h.has(RenderHooks.Kind.LINK))
                .flatMap(h -> h.link(new RenderHooks.Link(dest, title == null ? "" : title, text, plain(node))));
        if (hooked.isPresent()) {
            html.raw(hooked.get());
            return;
        }
        html.raw("<a href=\"").raw(href(dest)).raw("\"");
        if (title != null) html.raw(" title=\"").raw(Escape.html(title)).raw("\"");
        html.raw(">").raw(text).raw("</a>");
    }

    private void image(Node node, String rawUrl, String rawTitle, NodeRendererContext ctx, HtmlWriter html) {
        String dest = Unescape.text(rawUrl);
        String title = rawTitle == null ? null : Unescape.text(rawTitle);
        String alt = plain(node);
        Optional<String> hooked = hooks(ctx)
                .filter(h -> h.has(RenderHooks.Kind.IMAGE))
                .flatMap(h -> h.image(new RenderHooks.Link(
                        dest, title == null ? "" : title, Inline.html(node, ctx), alt, resourceURL(dest, ctx))));
        if (hooked.isPresent()) {
            html.raw(hooked.get());
            return;
        }
        html.raw("<img src=\"")
                .raw(href(dest))
                .raw("\" alt=\"")
                .raw(Escape.html(alt))
                .raw("\"");
        if (title != null) html.raw(" title=\"").raw(Escape.html(title)).raw("\"");
        html.raw(options.xhtml() ? " />" : ">");
    }

    private String href(String dest) {
        return !options.unsafe() && UrlEscape.isDangerous(dest) ? "" : Escape.html(UrlEscape.escape(dest));
    }

    /** Linkified {@code www.} addresses get goldmark's linkifyProtocol (Hugo: https). */
    private String scheme(String url) {
        return url.contains(":") ? "" : options.linkifyProtocol() + "://";
    }

    /** A link found by linkify (no angle brackets) where goldmark's linkify would not start one stays text. */
    private void autoLink(DelimitedLinkNode node, String scheme, NodeRendererContext ctx, HtmlWriter html) {
        if (node.getOpeningMarker().isEmpty() && !Linkify.startsLink(node)) ctx.renderChildren(node);
        else autoLink(node.getText().toString(), scheme, html);
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

    /**
     * Text as goldmark writes it: continuation lines lose their leading whitespace (flexmark keeps it), and with
     * the typographer on, quotes are chosen by goldmark's rules ({@link Quotes}).
     */
    private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String raw = chars.toString();
        int k = 0;
        Node previous = node.getPrevious();
        if (previous instanceof SoftLineBreak || previous instanceof HardLineBreak) {
            while (k < raw.length() && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) k++;
        }
        if (!options.typographer()) {
            html.raw(Escape.html(Unescape.text(raw.substring(k))));
            return;
        }
        Block block = (Block) node.getAncestorOfType(Block.class);
        StringBuilder out = new StringBuilder(raw.length() + 16);
        int segment = k;
        char[] text = raw.toCharArray(); // indexing an array: no call and range check per character without C2
        for (; k < text.length; k++) {
            char c = text[k];
            if (c == '\\' && k + 1 < text.length && text[k + 1] < 128 && !Character.isLetterOrDigit(text[k + 1])) {
                k++;
            } else if (c == '\'' || c == '"') {
                String curly = quote(chars, k, block);
                if (curly == null) continue;
                out.append(Escape.html(Unescape.text(raw.substring(segment, k))))
                        .append(curly);
                segment = k + 1;
            }
        }
        html.raw(out.append(Escape.html(Unescape.text(raw.substring(segment)))).toString());
    }

    /** Quotes flexmark paired (it pairs angle quotes for us); the quote marks themselves follow goldmark's rules. */
    private void pairedQuotes(TypographicQuotes node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence open = node.getOpeningMarker(), close = node.getClosingMarker();
        if (open.isEmpty() || open.charAt(0) == '<') {
            ctx.delegateRender();
            return;
        }
        Block block = (Block) node.getAncestorOfType(Block.class);
        String first = quote(open, 0, block);
        html.raw(first == null ? Escape.html(open.toString()) : first);
        ctx.renderChildren(node);
        String last = close.isEmpty() ? null : quote(close, 0, block);
        html.raw(last == null ? Escape.html(close.toString()) : last);
    }

    /** flexmark's smarts include apostrophes; those follow goldmark's quote rules too, dashes and ellipses stay. */
    private void smarts(TypographicSmarts node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars.length() != 1 || chars.charAt(0) != '\'') {
            ctx.delegateRender();
            return;
        }
        String mark = quote(chars, 0, (Block) node.getAncestorOfType(Block.class));
        html.raw(mark == null ? "'" : mark);
    }

    /** The curly form of the quote at index k of the text, from its source line and the character before it. */
    private String quote(BasedSequence chars, int k, Block block) {
        BasedSequence base = chars.getBaseSequence();
        int pos = chars.getStartOffset() + k;
        int lineEnd = base.indexOf('\n', pos);
        // Hugo hands goldmark the content without its final newline, so the last line has none.
        int rest = lineEnd < 0 ? base.length() : lineEnd;
        while (rest < base.length() && Character.isWhitespace(base.charAt(rest))) rest++;
        boolean last = rest == base.length();
        CharSequence line = base.subSequence(pos, lineEnd < 0 ? base.length() : last ? lineEnd : lineEnd + 1);
        boolean blockStart = block == null || pos <= block.getChars().getStartOffset();
        int before = blockStart || pos == 0 ? '\n' : Character.codePointBefore(base, pos);
        return Quotes.replace(line, before, quotes);
    }

    private static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static String resourceURL(String destination, NodeRendererContext ctx) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        LinkResolver links = state == null ? null : state.page.links();
        return links == null ? "" : links.resource(destination).orElse("");
    }

    private static Optional<RenderHooks> hooks(NodeRendererContext ctx) {
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        return Optional.ofNullable(state == null ? null : state.page.hooks());
    }
}
