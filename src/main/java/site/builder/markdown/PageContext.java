package site.builder.markdown;

import java.nio.file.Path;
import java.util.Map;

/** What rendering one page needs to know about it and its site. */
public record PageContext(Path file, int firstLine, boolean hasCJKLanguage, int summaryLength,
                          String frontMatterSummary, Map<String, Object> pageParams, Map<String, Object> siteParams) {

    public static PageContext of(Path file) {
        return new PageContext(file, 1, false, 70, null, Map.of(), Map.of());
    }
}
