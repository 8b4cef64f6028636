package site.builder.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import site.builder.config.SiteConfig;

/**
 * Splits a list page's items into pagers as Hugo's default .Paginator does: home pages over the
 * site's regular pages, sections over their regular pages, taxonomies and terms over their pages.
 * Pager 1 lives at the list's own URL; pager N at LIST/page/N/ (the path is configurable).
 */
public final class Paginator {
    private final SiteConfig config;
    private final UrlAssigner urls;
    private final Map<Page, List<Pager>> made = new ConcurrentHashMap<>();
    private volatile SiteIndex madeFor;
    private final Map<Page, TargetPath> firstPagerAliases = new ConcurrentHashMap<>();

    public Paginator(SiteConfig config) {
        this.config = config;
        this.urls = new UrlAssigner(config, new Permalinks(config.content().permalinks(), config.sourceDir()), null);
    }

    /**
     * The list's pagers. They are kept for the first site asked about, which a paginator kept with its assembled
     * site serves from one rebuild to the next (its lists and URLs stay as they are while it is taken over).
     */
    public List<Pager> pagers(Page list, SiteIndex site) {
        synchronized (made) {
            if (madeFor == null) madeFor = site;
        }
        return site == madeFor ? made.computeIfAbsent(list, l -> split(l, site)) : split(list, site);
    }

    private List<Pager> split(Page list, SiteIndex site) {
        List<Page> items = switch (list.kind()) {
            case HOME -> site.regularPages();
            case TAXONOMY, TERM -> list.pages();
            default -> list.regularPages();
        };
        int size = config.listing().pagination().pagerSize();
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<TargetPath> targets = new ArrayList<>();
        for (int n = 1; n <= total; n++) targets.add(target(list, n));
        List<Pager> out = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            List<Page> slice = items.subList(Math.min(items.size(), (n - 1) * size), Math.min(items.size(), n * size));
            out.add(new Pager(
                    n,
                    items.isEmpty() ? 0 : total,
                    items.size(),
                    size,
                    slice,
                    targets.get(n - 1),
                    url(targets, n),
                    url(targets, 1),
                    url(targets, total),
                    n > 1 ? url(targets, n - 1) : null,
                    n < total ? url(targets, n + 1) : null));
        }
        return out;
    }

    /** Where Hugo puts the redirect from LIST/page/1/ to the list itself. */
    public TargetPath firstPagerAlias(Page list) {
        return firstPagerAliases.computeIfAbsent(
                list,
                l -> PagePaths.of(urls.descriptor(
                        l,
                        OutputFormat.HTML,
                        "/" + config.listing().pagination().path() + "/1")));
    }

    private TargetPath target(Page list, int n) {
        if (n == 1) return list.target(OutputFormat.HTML);
        return PagePaths.of(urls.descriptor(
                list, OutputFormat.HTML, "/" + config.listing().pagination().path() + "/" + n + "/"));
    }

    private String url(List<TargetPath> targets, int n) {
        return urls.relPermalink(targets.get(n - 1).link());
    }
}
