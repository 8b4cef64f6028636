package site.builder.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Renders a page body to HTML with its summary and counts. Thread-safe; one per build. */
public final class MarkdownRenderer {
    private static final String MORE = "<!--more-->";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MarkdownOptions options) {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        set.set(HtmlRenderer.SUPPRESS_HTML, !options.unsafe());
        this.parser = Parser.builder(set).build();
        this.renderer = HtmlRenderer.builder(set).build();
    }

    public Rendered render(String body, PageContext ctx) {
        String html = toHtml(body);
        String plain = html.replaceAll("<[^>]*>", "").trim();
        String[] words = plain.isEmpty() ? new String[0] : plain.split("\\s+");
        int more = body.indexOf(MORE);
        String summary;
        boolean truncated;
        if (ctx.frontMatterSummary() != null) {
            summary = toHtml(ctx.frontMatterSummary());
            truncated = true;
        } else if (more >= 0) {
            summary = toHtml(body.substring(0, more)).trim();
            truncated = !body.substring(more + MORE.length()).isBlank();
        } else {
            int n = Math.min(words.length, ctx.summaryLength());
            summary = String.join(" ", java.util.Arrays.copyOf(words, n));
            truncated = words.length > n;
        }
        int count = words.length;
        return new Rendered(html, "", summary, truncated, plain, count, (count + 100) / 100 * 100, (count + 212) / 213);
    }

    private String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
