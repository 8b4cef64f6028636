package site.builder.content;

import java.util.Locale;
import java.util.Set;

/**
 * Hugo's default titleCaseStyle "AP" for titles it makes up (sections, taxonomies) and its {@code title} function:
 * small words are lower case (even written in capitals) unless first or last, other words start with a capital.
 */
public final class TitleCase {
    private static final Set<String> SMALL = Set.of(
            "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the",
            "to", "vs", "via");

    private TitleCase() {}

    public static String ap(String s) {
        String[] words = s.split(" ", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean edge = i == 0 || i == words.length - 1;
            if (i > 0) out.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            out.append(!edge && SMALL.contains(lower) ? lower : upperFirst(w));
        }
        return out.toString();
    }

    private static String upperFirst(String w) {
        if (w.isEmpty()) return w;
        int first = w.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toTitleCase(first))
                .append(w.substring(Character.charCount(first)))
                .toString();
    }
}
