package site.builder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import site.builder.markdown.highlight.HighlightOptions;
import site.builder.markdown.highlight.Highlighter;

/**
 * Fenced code blocks as Hugo renders them: a codeblock render hook if the page has one for the language,
 * otherwise Chroma-style highlighting ({@code codeFences = true}) or goldmark's plain {@code <pre><code>}.
 */
final class CodeBlockRenderer implements NodeRenderer {
    /** Highlighted blocks end without a newline in goldmark; this marker removes the one flexmark adds. */
    static final String NO_NEWLINE = "\uE000site-no-nl\uE000";

    private static final Set<String> HIGHLIGHT_KEYS = Set.of(
            "linenos",
            "hl_lines",
            "linenostart",
            "anchorlinenos",
            "lineanchors",
            "hl_inline",
            "noclasses",
            "style",
            "guesssyntax",
            "tabwidth",
            "nohl",
            "linenumbersintable");

    private final MarkdownOptions options;

    CodeBlockRenderer(MarkdownOptions options) {
        this.options = options;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced));
    }

    private void fenced(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
        String info = node.getInfo().toString().strip();
        int brace = info.indexOf('{');
        String lang = (brace < 0 ? info : info.substring(0, brace)).strip().split("\\s", 2)[0];
        Map<String, String> all = brace < 0 ? Map.of() : BlockAttributes.parse(info.substring(brace));
        Map<String, String> opts = new LinkedHashMap<>(), attrs = new LinkedHashMap<>();
        all.forEach((k, v) -> (HIGHLIGHT_KEYS.contains(k) ? opts : attrs).put(k, v));
        String code = node.getContentChars().toString();
        if (options.highlight().codeFences()) code = withoutTrailingEmptyLines(code);
        RenderState state = RenderState.KEY.get(ctx.getDocument());
        html.line();
        int ordinal = state == null ? 0 : state.codeBlocks;
        Optional<String> hooked = state == null || state.page.hooks() == null
                ? Optional.empty()
                : state.page
                        .hooks()
                        .codeBlock(new RenderHooks.CodeBlock(
                                lang, attrs, opts, chomp(node.getContentChars().toString()), state.codeBlocks));
        if (state != null) state.codeBlocks++;
        if (hooked.isPresent()) {
            html.rawPre(hooked.get()).raw(NO_NEWLINE).raw("\n");
        } else if (options.highlight().codeFences()) {
            Highlighter.Block block = highlighted(code, lang, opts, attrs, ordinal);
            html.rawPre(state == null ? block.html() : state.rawBlocks.hold(block.html(), block.text()))
                    .raw(NO_NEWLINE)
                    .raw("\n");
        } else {
            String cls = lang.isEmpty() ? "" : " class=\"language-" + Escape.html(lang) + "\"";
            html.rawPre("<pre><code" + cls + ">" + Escape.html(code) + "</code></pre>\n");
        }
    }

    /** Hugo's highlighter gets the code with its trailing line breaks chomped and ends it with one newline. */
    private static String withoutTrailingEmptyLines(String code) {
        String chomped = chomp(code);
        return chomped.isEmpty() ? "" : chomped + "\n";
    }

    /** The code without its trailing line breaks: a render hook's {@code .Inner} in Hugo. */
    private static String chomp(String code) {
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) end--;
        return code.substring(0, end);
    }

    private Highlighter.Block highlighted(
            String code, String lang, Map<String, String> opts, Map<String, String> attrs, int ordinal) {
        HighlightOptions o = HighlightBlock.options(options.highlight(), opts);
        // Hugo anchors a fence's line numbers as hl-<its ordinal on the page>-N unless lineAnchors names a prefix.
        if (o.lineAnchors().isEmpty()) o = o.withAnchors(o.anchorLineNos(), "hl-" + ordinal, o.hlInline());
        Highlighter.Block out = Highlighter.block(code, lang, o);
        if (attrs.isEmpty() || !out.html().startsWith("<div class=\"highlight\">")) return out;
        // The attributes' text is not known to be tag-safe for the stripper: .Plain strips this block's HTML.
        return new Highlighter.Block(withDivAttributes(out.html(), attrs), null);
    }

    /** Hugo puts a block's own attributes on the {@code div.highlight}: classes joined, the rest as written. */
    private static String withDivAttributes(String out, Map<String, String> attrs) {
        StringBuilder div = new StringBuilder("<div class=\"highlight");
        if (attrs.containsKey("class")) div.append(' ').append(Escape.html(attrs.get("class")));
        div.append('"');
        attrs.forEach((k, v) -> {
            if (!k.equals("class"))
                div.append(' ').append(k).append("=\"").append(Escape.html(v)).append('"');
        });
        return div.append('>')
                .append(out.substring("<div class=\"highlight\">".length()))
                .toString();
    }
}
