package site.builder.content;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Hugo's default page order: weight (0 last), then date (newest first), then link title, then file path. */
public final class PageSort implements Comparator<Page> {
    /** One collator per thread: Collator.compare is synchronized, and lists are sorted in parallel. */
    private final ThreadLocal<Collator> collator;

    public PageSort(String language) {
        Collator prototype = Collator.getInstance(Locale.forLanguageTag(language.isEmpty() ? "en" : language));
        this.collator = ThreadLocal.withInitial(() -> (Collator) prototype.clone());
    }

    @Override
    public int compare(Page a, Page b) {
        int wa = a.meta().weight();
        int wb = b.meta().weight();
        if (wa != wb) {
            if (wb == 0) return -1;
            if (wa == 0) return 1;
            return Integer.compare(wa, wb);
        }
        long da = a.dateSeconds();
        long db = b.dateSeconds();
        if (da != db) return Long.compare(db, da);
        int byTitle = collator.get().compare(a.linkTitle(), b.linkTitle());
        if (byTitle != 0) return byTitle;
        if (a.source() == null || b.source() == null) {
            return Boolean.compare(a.source() != null, b.source() != null);
        }
        return a.source().file().toString().compareTo(b.source().file().toString());
    }
}
