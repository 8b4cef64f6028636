package site.builder.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Hugo's passthrough extension ([markup.goldmark.extensions.passthrough], Hugo 0.122+): text between configured
 * delimiters, such as {@code $$…$$} or {@code \(…\)}, skips Markdown and reaches the page verbatim, delimiters
 * included, for client-side math. Spans are swapped for placeholders before parsing (outside code) and put back
 * afterwards; a block span on its own lines stands as its own block, not inside a paragraph.
 */
final class Passthrough {
    private static final String PREFIX = Shortcodes.PLACEHOLDER_PREFIX + "pt";

    private Passthrough() {}

    /** Block spans replace their placeholder paragraph; inline ones sit in their paragraph, which stays. */
    record Result(String markdown, Map<String, String> blocks, Map<String, String> inline) {
        String restore(String html) {
            String out = Shortcodes.restore(html, blocks);
            for (Map.Entry<String, String> span : inline.entrySet()) out = out.replace(span.getKey(), span.getValue());
            return out;
        }
    }

    static Result extract(String markdown, GoldmarkOptions.Passthrough config) {
        if (!config.enabled()) return new Result(markdown, Map.of(), Map.of());
        Map<String, String> blocks = new HashMap<>(), inline = new HashMap<>();
        StringBuilder out = new StringBuilder(markdown.length());
        boolean lineStart = true;
        String fence = null;
        int i = 0;
        while (i < markdown.length()) {
            if (lineStart) {
                int lineEnd = markdown.indexOf('\n', i);
                String trimmed = markdown.substring(i, lineEnd < 0 ? markdown.length() : Math.min(lineEnd, i + 8))
                        .stripLeading();
                String marker = trimmed.startsWith("```") ? "```" : trimmed.startsWith("~~~") ? "~~~" : null;
                if (marker != null && (fence == null || fence.equals(marker))) fence = fence == null ? marker : null;
                if (fence != null || marker != null) {
                    int nl = markdown.indexOf('\n', i);
                    int end = nl < 0 ? markdown.length() : nl + 1;
                    out.append(markdown, i, end);
                    i = end;
                    continue;
                }
            }
            int next = span(markdown, i, lineStart, config, blocks, inline, out);
            if (next == i) {
                next = markdown.charAt(i) == '`' ? codeSpanEnd(markdown, i) : i + 1;
                out.append(markdown, i, next);
            }
            lineStart = markdown.charAt(next - 1) == '\n';
            i = next;
        }
        return new Result(out.toString(), blocks, inline);
    }

    /** Replaces a delimited span starting at i; returns where scanning continues (i when there is none). */
    private static int span(
            String md,
            int i,
            boolean lineStart,
            GoldmarkOptions.Passthrough config,
            Map<String, String> blocks,
            Map<String, String> inline,
            StringBuilder out) {
        for (boolean block : new boolean[] {true, false}) {
            for (GoldmarkOptions.Delimiters d : block ? config.block() : config.inline()) {
                if (!md.startsWith(d.open(), i)) continue;
                int close = md.indexOf(d.close(), i + d.open().length());
                if (close < 0) continue;
                int end = close + d.close().length();
                boolean ownLines = block && lineStart && (end == md.length() || md.charAt(end) == '\n');
                String key = PREFIX + (blocks.size() + inline.size()) + "-HBHB";
                (ownLines ? blocks : inline).put(key, md.substring(i, end));
                out.append(ownLines ? "\n" + key + "\n\n" : key);
                return end;
            }
        }
        return i;
    }

    /** A code span's end (so delimiters inside {@code `code`} stay code), or just past the backticks. */
    private static int codeSpanEnd(String md, int i) {
        int run = i;
        while (run < md.length() && md.charAt(run) == '`') run++;
        String ticks = md.substring(i, run);
        int close = md.indexOf(ticks, run);
        return close < 0 ? run : close + ticks.length();
    }
}
