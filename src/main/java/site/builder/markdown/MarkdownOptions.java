package site.builder.markdown;

import java.util.Map;

/** The [markup] settings that shape rendering (placeholder until goldmark parity lands). */
public record MarkdownOptions(boolean unsafe) {

    public static MarkdownOptions fromConfig(Map<String, Object> markup) {
        Object goldmark = markup.get("goldmark");
        boolean unsafe = goldmark instanceof Map<?, ?> g && g.get("renderer") instanceof Map<?, ?> r
                && Boolean.TRUE.equals(r.get("unsafe"));
        return new MarkdownOptions(unsafe);
    }
}
