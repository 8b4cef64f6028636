package site.builder.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;
import site.common.Values;

/**
 * Hugo's {@code [related]} config: which page params index related content, with what weight, and the score a
 * page must reach. Without the table, Hugo 0.111's defaults: keywords (100) and the date's year (10), and tags
 * (80) when the site has the tag taxonomy; threshold 80.
 */
public record RelatedConfig(int threshold, boolean includeNewer, List<Index> indices) {

    /** One index: a page param (or date) by name, its weight, a Go layout for dates, lower-casing. */
    public record Index(String name, int weight, String pattern, boolean toLower) {}

    public static RelatedConfig of(SiteConfig config) {
        Map<String, Object> related = Maps.mapAt(config.raw(), "related");
        if (related.isEmpty()) return defaults(config.content().taxonomies().containsKey("tag"));
        int threshold = Values.integer(related.get("threshold"), 0);
        if (threshold < 0 || threshold > 100) throw invalid("related threshold must be between 0 and 100");
        boolean toLower = Values.bool(related.get("tolower"), false);
        List<Index> indices = new ArrayList<>();
        if (related.get("indices") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) continue;
                String type = Values.string(m.get("type"), "basic");
                if (!type.equals("basic"))
                    throw invalid("related index type \"" + type + "\" is not supported (only basic)");
                indices.add(new Index(
                        Values.string(m.get("name"), "").toLowerCase(java.util.Locale.ROOT),
                        Values.integer(m.get("weight"), 0),
                        Values.string(m.get("pattern"), ""),
                        toLower || Values.bool(m.get("tolower"), false)));
            }
        }
        return new RelatedConfig(threshold, Values.bool(related.get("includenewer"), false), List.copyOf(indices));
    }

    static RelatedConfig defaults(boolean hasTags) {
        List<Index> indices =
                new ArrayList<>(List.of(new Index("keywords", 100, "", false), new Index("date", 10, "", false)));
        if (hasTags) indices.add(new Index("tags", 80, "", false));
        return new RelatedConfig(80, false, List.copyOf(indices));
    }

    private static LocatedException invalid(String message) {
        return new LocatedException(LocatedError.of(null, message));
    }
}
