package site.builder.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

/**
 * Renders one page body to Hugo's {@code .Content}, {@code .TableOfContents}, {@code .Summary} and counts.
 * Thread-safe: built once per site, shared by all pages.
 */
public final class MarkdownRenderer {
    private final MarkdownOptions options;
    private final Parser parser;
    private final HtmlRenderer html;
    private final BuiltinShortcodes builtins;

    public MarkdownRenderer(MarkdownOptions options) {
        this.options = options;
        FlexmarkFactory factory = new FlexmarkFactory(options);
        this.parser = factory.parser();
        this.html = factory.htmlRenderer(options);
        this.builtins = new BuiltinShortcodes(options.highlight(), this::markdownify);
    }

    public MarkdownOptions options() {
        return options;
    }

    /**
     * Renders a page body (the file after its front matter).
     *
     * @throws site.common.LocatedException for errors in the page: unknown or broken shortcodes, missing refs
     */
    public Rendered render(String body, PageContext page) {
        String text = options.enableEmoji() ? Emoji.replace(body) : body;
        Shortcodes.Expanded expanded = Shortcodes.expand(text, page, builtins);
        int depth = InputLimits.check(expanded.markdown(), page);
        return DeepNesting.run(() -> renderExpanded(expanded, page), page, depth);
    }

    private Rendered renderExpanded(Shortcodes.Expanded expanded, PageContext page) {
        Passthrough.Result math =
                Passthrough.extract(expanded.markdown(), options.goldmark().passthrough());
        SummaryDivider.Split source = SummaryDivider.mark(math.markdown());
        RenderState state = new RenderState(page);
        String content = Shortcodes.restore(math.restore(toHtml(source.markdown(), state)), expanded.placeholders());
        String toc = Shortcodes.restore(
                math.restore(TableOfContents.html(state.toc, options.tableOfContents())), expanded.placeholders());
        return PageText.summarize(content, state.rawBlocks, toc, source.truncated(), page, this::renderSummary);
    }

    /**
     * A {@code .html} content page: shortcodes expanded, the rest published as written. As in Hugo 0.111.3, a
     * {@code <!--more-->} divider makes the source before it the summary (shortcodes there are not expanded) and
     * only the HTML after it the content.
     */
    public Rendered renderHtml(String body, PageContext page) {
        Shortcodes.Expanded expanded = Shortcodes.expand(body, page, builtins);
        String html = Shortcodes.restore(expanded.markdown(), expanded.placeholders());
        int divider = html.indexOf(SummaryDivider.DIVIDER);
        if (divider < 0)
            return PageText.summarize(new SummaryDivider.Parts(null, html), "", false, page, this::renderSummary);
        String after = html.substring(divider + SummaryDivider.DIVIDER.length());
        String summary = body.substring(0, Math.max(0, body.indexOf(SummaryDivider.DIVIDER)));
        SummaryDivider.Parts parts = new SummaryDivider.Parts(summary, after.replaceFirst("^\\n+", ""));
        return PageText.summarize(parts, "", !after.isBlank(), page, this::renderSummary);
    }

    /** Hugo's markdownify: a lone paragraph comes back without its {@code <p>}. */
    private String markdownify(String markdown, PageContext page) {
        return PageText.trimShortHtml(toHtml(markdown, new RenderState(page)));
    }

    /** Renders Markdown with this page's state (headings, code block ordinals). */
    String toHtml(String markdown, RenderState state) {
        Document document = parser.parse(MarkdownSource.of(markdown));
        document.set(RenderState.KEY, state);
        HeadingAttributes.assign(document, options.goldmark(), state);
        if (options.goldmark().attributeBlock()) BlockAttributeLines.apply(document, state);
        if (options.goldmark().footnote()) {
            // flexmark numbers footnotes in its own renderer, which FootnoteRenderer replaces.
            FootnoteRepository.resolveFootnotes(document);
            FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        }
        String rendered = html.render(document)
                .replace(CodeBlockRenderer.NO_NEWLINE + "\n", "")
                .replace(CodeBlockRenderer.NO_NEWLINE, "");
        return state.rawBlocks.restore(rendered);
    }

    private String renderSummary(String markdown, PageContext page) {
        return toHtml(markdown, new RenderState(page));
    }
}
