package site.builder.markdown;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Hugo's goldmark heading ids: "github" style keeps letters and digits of any script (Hangul stays), lower-cases,
 * turns spaces and dashes into dashes and drops the rest; "github-ascii" first strips accents and drops non-ASCII.
 * Repeats get {@code -1}, {@code -2}, … within one page. Not thread-safe: one instance per page.
 */
final class HeadingIds {
    private final boolean asciiOnly;
    private final Set<String> used = new HashSet<>();

    HeadingIds(String type) {
        this.asciiOnly = "github-ascii".equalsIgnoreCase(type);
    }

    /** Reserves an id the author set explicitly. */
    void put(String id) {
        used.add(id);
    }

    String generate(String text) {
        String base = anchor(text);
        if (base.isEmpty()) base = "heading";
        String id = base;
        for (int i = 1; used.contains(id); i++) id = base + "-" + i;
        used.add(id);
        return id;
    }

    private String anchor(String text) {
        String s = asciiOnly ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
        s = s.strip();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (asciiOnly && cp > 0x7f) return;
            if (cp == '-' || cp == ' ') out.append('-');
            else if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp))
                out.appendCodePoint(Character.toLowerCase(cp));
        });
        return out.toString();
    }
}
