package site.builder.content;

import java.util.List;

/** The pages a list page's RSS feed lists, as Hugo's built-in and PaperMod's feed templates both choose them. */
public final class FeedPages {
    private FeedPages() {}

    /**
     * The site's regular pages on the home page, a section's regular pages, a taxonomy's terms or a term's
     * pages; the first {@code limit} of them when the limit is 1 or more (rssLimit, services.rss.limit).
     */
    public static List<Page> of(Page page, SiteIndex site, int limit) {
        List<Page> all = switch (page.kind()) {
            case HOME -> site.regularPages();
            case SECTION -> page.regularPages();
            default -> page.pages();
        };
        return limit >= 1 && all.size() > limit ? all.subList(0, limit) : all;
    }
}
