package site.builder.markdown;

import java.util.Map;
import site.builder.markdown.highlight.HighlightOptions;

/** Merges a block's own options ({@code {linenos=table hl_lines=[2]}}) over the site's [markup.highlight]. */
final class HighlightBlock {
    private HighlightBlock() {}

    static HighlightOptions options(HighlightOptions site, Map<String, String> opts) {
        HighlightOptions.LineNumbers lines = opts.containsKey("linenos")
                ? HighlightOptions.lineNumbers(opts.get("linenos"), !"false".equals(opts.get("linenumbersintable")))
                : site.lineNos();
        int start = parseInt(opts.get("linenostart"), site.lineNoStart());
        boolean noClasses =
                opts.containsKey("noclasses") ? Boolean.parseBoolean(opts.get("noclasses")) : site.noClasses();
        return site.with(
                        lines,
                        start,
                        opts.getOrDefault("hl_lines", site.hlLines()),
                        noClasses,
                        opts.getOrDefault("style", site.style()))
                .withAnchors(
                        flag(opts, "anchorlinenos", site.anchorLineNos()),
                        opts.getOrDefault("lineanchors", site.lineAnchors()),
                        flag(opts, "hl_inline", site.hlInline()));
    }

    private static boolean flag(Map<String, String> opts, String key, boolean fallback) {
        return opts.containsKey(key) ? Boolean.parseBoolean(opts.get(key).strip()) : fallback;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
