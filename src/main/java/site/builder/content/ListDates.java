package site.builder.content;

import java.time.ZonedDateTime;
import java.util.Collection;

/** A list page's date and lastmod are the newest of its own and its children's, as Hugo assigns them. */
final class ListDates {
    private ListDates() {}

    static void takeNewest(Page list, Collection<Page> children) {
        ZonedDateTime date = list.date();
        ZonedDateTime lastmod = list.lastmod();
        for (Page child : children) {
            if (child.date() != null && (date == null || child.date().isAfter(date))) date = child.date();
            if (child.lastmod() != null && (lastmod == null || child.lastmod().isAfter(lastmod))) lastmod = child.lastmod();
        }
        list.dates(date, lastmod);
    }
}
