package site.builder.markdown;

import java.util.List;

/** Hugo's [markup.goldmark] table: parser extensions and renderer switches. */
public record GoldmarkOptions(
        boolean unsafe,
        boolean xhtml,
        boolean hardWraps,
        boolean typographer,
        boolean linkify,
        String linkifyProtocol,
        boolean taskList,
        boolean footnote,
        boolean definitionList,
        boolean strikethrough,
        boolean table,
        boolean autoHeadingId,
        String autoHeadingIdType,
        boolean attributeBlock,
        boolean attributeTitle,
        Passthrough passthrough) {

    /** Delimiter pairs whose content is kept verbatim (for client-side math), e.g. {@code $$ … $$}. */
    public record Passthrough(boolean enabled, List<Delimiters> block, List<Delimiters> inline) {
        public static final Passthrough OFF = new Passthrough(false, List.of(), List.of());
    }

    public record Delimiters(String open, String close) {}

    static GoldmarkOptions from(ConfigTable goldmark) {
        ConfigTable ext = goldmark.table("extensions");
        ConfigTable renderer = goldmark.table("renderer");
        ConfigTable parser = goldmark.table("parser");
        ConfigTable attribute = parser.table("attribute");
        return new GoldmarkOptions(
                renderer.bool("unsafe", false),
                renderer.bool("xhtml", false),
                renderer.bool("hardwraps", false),
                typographer(ext),
                ext.bool("linkify", true),
                ext.string("linkifyprotocol", "https"),
                ext.bool("tasklist", true),
                ext.bool("footnote", true),
                ext.bool("definitionlist", true),
                ext.bool("strikethrough", true),
                ext.bool("table", true),
                parser.bool("autoheadingid", true),
                parser.string("autoheadingidtype", "github"),
                attribute.bool("block", false),
                attribute.bool("title", true),
                passthrough(ext.table("passthrough")));
    }

    private static boolean typographer(ConfigTable ext) {
        // Hugo 0.111 has a boolean; later versions a table with `disable`.
        if (ext.values().get("typographer") instanceof java.util.Map<?, ?>)
            return !ext.table("typographer").bool("disable", false);
        return ext.bool("typographer", true);
    }

    private static Passthrough passthrough(ConfigTable table) {
        if (!table.bool("enable", false)) return Passthrough.OFF;
        ConfigTable delimiters = table.table("delimiters");
        return new Passthrough(
                true,
                delimiters(delimiters.values().get("block")),
                delimiters(delimiters.values().get("inline")));
    }

    /** Reads `[['$$', '$$'], ['\\[', '\\]']]`; malformed pairs are skipped. */
    private static List<Delimiters> delimiters(Object value) {
        if (!(value instanceof List<?> pairs)) return List.of();
        return pairs.stream()
                .filter(p -> p instanceof List<?> l
                        && l.size() == 2
                        && !l.get(0).toString().isEmpty()
                        && !l.get(1).toString().isEmpty())
                .map(p -> (List<?>) p)
                .map(l -> new Delimiters(l.get(0).toString(), l.get(1).toString()))
                .toList();
    }
}
