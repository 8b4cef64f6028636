package site.api.board;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The search index's keys: lower-cased pairs of adjacent characters (code points, so Korean and emoji work),
 * plus the last character alone so every character starts at least one gram. A text contains a keyword only
 * if it has all the keyword's pairs, so the pairs find candidates by key and a LIKE confirms them.
 */
final class Grams {
    private Grams() {}

    static Set<String> of(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) add(text, grams);
        return grams;
    }

    /** The pairs a keyword of two or more characters needs; empty for a single character. */
    static Set<String> pairs(String keyword) {
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = keyword.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) grams.add(new String(cps, i, 2));
        return grams;
    }

    private static void add(String text, Set<String> grams) {
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int i = 0; i < cps.length; i++) grams.add(new String(cps, i, Math.min(2, cps.length - i)));
    }
}
