package site.builder.render;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.RelatedConfig;
import site.builder.content.RelatedIndex;
import site.builder.content.SiteIndex;

/**
 * What a single page links to beside its article: the posts of its series and its related pages. Each is
 * computed once for the site (a series' order and positions once per term, the related index once per build,
 * only when a template asks), so a page costs what it shows, not the size of the site or of its series.
 */
public final class RelatedContent {
    /** The taxonomy PaperMod blogs use for series. */
    static final String SERIES = "series";

    private static final Comparator<Page> BY_DATE = Comparator.comparing(
                    Page::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Page::title)
            .thenComparing(Page::filePath);

    private final SiteConfig config;
    private final SiteIndex site;
    private final Map<Page, SeriesPosts> seriesByTerm = new ConcurrentHashMap<>();
    private volatile RelatedIndex related;

    RelatedContent(SiteConfig config, SiteIndex site) {
        this.config = config;
        this.site = site;
    }

    /** The posts of one series, oldest first, and where each stands. */
    record SeriesPosts(List<Page> posts, Map<Page, Integer> positions) {
        static SeriesPosts of(Page term) {
            List<Page> posts = term.regularPages().stream().sorted(BY_DATE).toList();
            Map<Page, Integer> positions = new IdentityHashMap<>();
            for (int i = 0; i < posts.size(); i++) positions.put(posts.get(i), i);
            return new SeriesPosts(posts, positions);
        }
    }

    /** The posts of one series (its term page), ordered once per build. */
    SeriesPosts series(Page term) {
        return seriesByTerm.computeIfAbsent(term, SeriesPosts::of);
    }

    /** Hugo's {@code .Site.RegularPages.Related page}, first {@code limit}. */
    List<Page> related(Page page, int limit) {
        return index().related(page, limit);
    }

    private RelatedIndex index() {
        RelatedIndex idx = related;
        if (idx == null) {
            synchronized (this) {
                if (related == null)
                    related = RelatedIndex.of(RelatedConfig.of(config), site.regularPages(), config.params());
                idx = related;
            }
        }
        return idx;
    }
}
