package site.builder.markdown;

import java.util.Map;
import site.builder.markdown.highlight.HighlightOptions;

/** Everything that shapes Markdown rendering for a whole site, read once from the [markup] config table. */
public record MarkdownOptions(
        GoldmarkOptions goldmark, HighlightOptions highlight, TocOptions tableOfContents, boolean enableEmoji) {

    /** Hugo's defaults. */
    public static MarkdownOptions defaults() {
        return fromConfig(Map.of());
    }

    /** Reads the [markup] table (lower-cased keys); missing keys take Hugo 0.111's defaults. */
    public static MarkdownOptions fromConfig(Map<String, Object> markup) {
        ConfigTable table = ConfigTable.of(markup);
        return new MarkdownOptions(
                GoldmarkOptions.from(table.table("goldmark")),
                highlight(table.table("highlight")),
                TocOptions.from(table.table("tableofcontents")),
                false);
    }

    /** enableEmoji lives in the site config, outside [markup]. */
    public MarkdownOptions withEmoji(boolean enabled) {
        return new MarkdownOptions(goldmark, highlight, tableOfContents, enabled);
    }

    private static HighlightOptions highlight(ConfigTable h) {
        HighlightOptions d = HighlightOptions.DEFAULT;
        var lineNos = HighlightOptions.lineNumbers(h.string("linenos", "false"), h.bool("linenumbersintable", true));
        return new HighlightOptions(
                h.bool("codefences", d.codeFences()),
                h.bool("guesssyntax", d.guessSyntax()),
                h.bool("noclasses", d.noClasses()),
                h.string("style", d.style()),
                lineNos,
                h.integer("linenostart", d.lineNoStart()),
                h.string("hl_lines", d.hlLines()),
                h.integer("tabwidth", d.tabWidth()),
                h.bool("anchorlinenos", false),
                h.string("lineanchors", ""),
                h.bool("nohl", false),
                h.bool("hl_inline", false));
    }
}
