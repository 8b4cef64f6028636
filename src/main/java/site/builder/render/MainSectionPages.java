package site.builder.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.SiteIndex;

/**
 * The site's mainSections and its regular pages whose type is in them (what PaperMod's home, archives and
 * previous/next links range over), in the site's default order, found once per build (every page's head asks
 * for mainSections: counting sections per page made a 10,000-post build quadratic) and indexed so a page finds
 * its neighbours without a search.
 */
public record MainSectionPages(List<String> sections, List<Page> pages, Map<Page, Integer> positions) {

    static MainSectionPages of(SiteConfig config, SiteIndex site) {
        List<String> main = MainSections.of(config, site);
        List<Page> pages = site.regularPages().stream()
                .filter(p -> main.contains(p.type()))
                .toList();
        Map<Page, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) positions.put(pages.get(i), i);
        return new MainSectionPages(main, pages, positions);
    }

    /** The page {@code step} places after {@code page} (negative: before), or null. */
    public Page neighbour(Page page, int step) {
        Integer at = positions.get(page);
        if (at == null) return null;
        int i = at + step;
        return i >= 0 && i < pages.size() ? pages.get(i) : null;
    }
}
