package site.api.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search index's keys: lower-cased pairs of adjacent characters (code points, so Korean and emoji work),
 * plus the last character alone so every character starts at least one gram. A text contains a keyword only
 * if it has all the keyword's pairs, so the pairs find candidates by key and a LIKE confirms them.
 * Spaces become U+2423 because MySQL's PAD SPACE collations would make "d" and "d " the same key.
 */
final class Grams {
    private static final int SPACE = ' ';
    private static final int VISIBLE_SPACE = '\u2423';

    private Grams() {}

    static Set<String> of(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) add(text, grams);
        return grams;
    }

    /** The keyword's first and last pairs (one when they are the same); empty for a single character. */
    static List<String> ends(String keyword) {
        List<String> pairs = List.copyOf(pairs(keyword));
        if (pairs.size() <= 1) return pairs;
        return List.of(pairs.get(0), pairs.get(pairs.size() - 1));
    }

    /** The pairs a keyword of two or more characters needs; empty for a single character. */
    static Set<String> pairs(String keyword) {
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = codePoints(keyword);
        for (int i = 0; i + 1 < cps.length; i++) grams.add(new String(cps, i, 2));
        return grams;
    }

    private static void add(String text, Set<String> grams) {
        int[] cps = codePoints(text);
        for (int i = 0; i < cps.length; i++) grams.add(new String(cps, i, Math.min(2, cps.length - i)));
    }

    private static int[] codePoints(String text) {
        return text.toLowerCase(Locale.ROOT)
                .codePoints()
                .map(c -> c == SPACE ? VISIBLE_SPACE : c)
                .toArray();
    }
}
