package site.builder.content;

import java.time.ZonedDateTime;
import java.util.Collection;

/**
 * List page dates as Hugo 0.111 aggregates them: a home, section, taxonomy or term page with any date of its
 * own (date, lastmod, publishDate or expiryDate) keeps its own; one without takes the newest date and the
 * newest lastmod (each on its own) of what is below it. "Below" counts every page of the build in the
 * section's subtree and the own dates of the sections in it, but not the home's own regular pages.
 */
final class ListDates {
    private ListDates() {}

    /** The newest date and lastmod met so far; null while none. */
    record Newest(ZonedDateTime date, ZonedDateTime lastmod) {
        static final Newest NONE = new Newest(null, null);

        static Newest of(Page page) {
            return new Newest(page.date(), page.lastmod());
        }

        Newest with(Newest other) {
            return new Newest(later(date, other.date), later(lastmod, other.lastmod));
        }

        Newest with(Collection<Page> pages) {
            Newest out = this;
            for (Page p : pages) out = out.with(of(p));
            return out;
        }

        private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
            if (a == null) return b;
            return b != null && b.isAfter(a) ? b : a;
        }
    }

    /** Gives an undated list page the dates found below it. */
    static void assignIfUndated(Page list, Newest below) {
        PageMeta.Dates own = list.meta().dates();
        boolean undated =
                own.date() == null && own.lastmod() == null && own.publishDate() == null && own.expiryDate() == null;
        if (undated) list.dates(below.date(), below.lastmod());
    }

    /** Dates every section from its subtree; returns the newest over all sections, for the home page. */
    static Newest sections(SectionTree tree) {
        Newest all = Newest.NONE;
        for (Page top : tree.childSections(tree.home())) all = all.with(section(tree, top));
        return all;
    }

    /** The section's own dates together with everything below it (Hugo's datesAll for one section). */
    private static Newest section(SectionTree tree, Page section) {
        Newest own = Newest.of(section);
        Newest below = Newest.NONE.with(tree.regularPagesOf(section));
        for (Page sub : tree.childSections(section)) below = below.with(section(tree, sub));
        assignIfUndated(section, below);
        return own.with(below);
    }
}
