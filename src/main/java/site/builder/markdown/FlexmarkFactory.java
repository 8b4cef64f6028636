package site.builder.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/** Configures flexmark's parser and HTML renderer so the output matches goldmark as Hugo sets it up. */
final class FlexmarkFactory {
    private final MutableDataSet settings = new MutableDataSet();
    private final GoldmarkOptions goldmark;

    FlexmarkFactory(MarkdownOptions options) {
        GoldmarkOptions g = options.goldmark();
        this.goldmark = g;
        settings.set(Parser.EXTENSIONS, extensions(g));
        settings.set(HtmlRenderer.SOFT_BREAK, g.hardWraps() ? (g.xhtml() ? "<br />\n" : "<br>\n") : "\n");
        settings.set(HtmlRenderer.HARD_BREAK, g.xhtml() ? "<br />\n" : "<br>\n");
        settings.set(HtmlRenderer.OBFUSCATE_EMAIL, false);
        // Lists are flexmark's, through ListNesting, which keeps deeply nested ones from costing depth³.
        settings.set(Parser.LIST_BLOCK_PARSER, false);
        // No whitespace post-processing: goldmark does none, and flexmark's is quadratic on long lines.
        settings.set(HtmlRenderer.FORMAT_FLAGS, 0);
        // flexmark finds quotes (and angle quotes before raw HTML); InlineRenderer picks each mark by goldmark's rules.
        settings.set(TypographicExtension.ENABLE_QUOTES, g.typographer());
        settings.set(TypographicExtension.ENABLE_SMARTS, g.typographer());
        settings.set(
                TaskListExtension.ITEM_DONE_MARKER,
                "<input checked=\"\" disabled=\"\" type=\"checkbox\"" + (g.xhtml() ? " /> " : "> "));
        settings.set(
                TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input disabled=\"\" type=\"checkbox\"" + (g.xhtml() ? " /> " : "> "));
        settings.set(TaskListExtension.TIGHT_ITEM_CLASS, "");
        settings.set(TaskListExtension.LOOSE_ITEM_CLASS, "");
        settings.set(TaskListExtension.PARAGRAPH_CLASS, "");
    }

    private static List<Extension> extensions(GoldmarkOptions g) {
        List<Extension> list = new ArrayList<>();
        if (g.strikethrough()) list.add(StrikethroughExtension.create());
        if (g.linkify()) list.add(PrefilteredAutolink.create());
        if (g.taskList()) list.add(TaskListExtension.create());
        if (g.footnote()) list.add(FootnoteExtension.create());
        if (g.definitionList()) list.add(DefinitionExtension.create());
        if (g.typographer()) list.add(TypographicExtension.create());
        return list;
    }

    Parser parser() {
        // References are read by the inline parser, so replacing it means registering that step ourselves.
        Parser.Builder builder = Parser.builder(settings)
                .customInlineParserFactory(GoldmarkInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        // GFM tables are found by goldmark's rules (GoldmarkTables), not flexmark's; flexmark's nodes are kept.
        if (goldmark.table()) builder.paragraphPreProcessorFactory(GoldmarkTables.factory(goldmark.attributeBlock()));
        return builder.blockPreProcessorFactory(new SetextAfterReferences())
                // Block starts newer CommonMark has and flexmark 0.64 lacks; custom factories are tried before
                // flexmark's own.
                .customBlockParserFactory(new TildeFence())
                .customBlockParserFactory(new TextareaBlock.Factory())
                .customBlockParserFactory(new ListNesting())
                .build();
    }

    HtmlRenderer htmlRenderer(MarkdownOptions options) {
        // Footnotes are written by FootnoteRenderer alone; flexmark's own footnote renderer must not run too.
        MutableDataSet rendering = new MutableDataSet(settings);
        rendering.set(
                Parser.EXTENSIONS,
                extensions(options.goldmark()).stream()
                        .filter(e -> !(e instanceof FootnoteExtension))
                        .toList());
        return HtmlRenderer.builder(rendering)
                .attributeProviderFactory(BlockAttributeProvider.factory())
                .nodeRendererFactory(opts -> new GoldmarkNodeRenderer(options))
                .nodeRendererFactory(opts -> new CodeBlockRenderer(options))
                .nodeRendererFactory(opts -> new InlineRenderer(options.goldmark()))
                .nodeRendererFactory(
                        opts -> new TableRenderer(options.goldmark().xhtml()))
                .nodeRendererFactory(
                        opts -> new FootnoteRenderer(options.goldmark().xhtml()))
                .build();
    }
}
