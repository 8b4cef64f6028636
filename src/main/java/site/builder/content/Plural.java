package site.builder.content;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plurals for the titles Hugo makes up for sections without an _index file
 * (pluralizeListTitles): "archive" becomes "Archives", a word ending in s stays, others get an s.
 */
final class Plural {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"),
            Map.entry("child", "children"),
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("datum", "data"),
            Map.entry("medium", "media"),
            Map.entry("index", "indices"),
            Map.entry("mouse", "mice"),
            Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"),
            Map.entry("goose", "geese"),
            Map.entry("analysis", "analyses"));
    private static final Set<String> UNCOUNTABLE = Set.of(
            "news",
            "information",
            "equipment",
            "series",
            "species",
            "software",
            "hardware",
            "data",
            "media",
            "music",
            "feedback",
            "research");

    private Plural() {}

    static String of(String word) {
        if (word.isEmpty()) return word;
        String lower = word.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(lower)) return word;
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) return matchCase(word, irregular);
        if (lower.endsWith("s")) return word;
        if (lower.matches(".*[^aeiou]y")) return word.substring(0, word.length() - 1) + "ies";
        if (lower.matches(".*(x|ch|sh|z)")) return word + "es";
        return word + "s";
    }

    private static String matchCase(String original, String plural) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(plural.charAt(0)) + plural.substring(1)
                : plural;
    }
}
