package site.builder.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Locale;

/**
 * Link reference definitions keyed as goldmark keys them, with full Unicode case folding: {@code [ẞ]} finds
 * {@code [SS]: /url}. flexmark hands over labels already lower-cased and white space collapsed; upper-casing
 * that and lower-casing again folds the characters whose upper case is longer (ß to SS to ss).
 */
final class CaseFoldedReferences extends ReferenceRepository {
    CaseFoldedReferences(DataHolder options) {
        super(options);
    }

    private static String fold(Object key) {
        String s = String.valueOf(key);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        return s; // ASCII: flexmark's lower case is already the folded form
    }

    @Override
    public String normalizeKey(CharSequence key) {
        return fold(super.normalizeKey(key));
    }

    @Override
    public Reference put(String key, Reference reference) {
        return super.put(fold(key), reference);
    }

    @Override
    public Reference get(Object key) {
        return super.get(fold(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(fold(key));
    }
}
