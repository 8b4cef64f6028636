package site.builder.content;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.common.BuildLog;
import site.common.LocatedException;
import site.common.UrlPaths;

/**
 * Builds the {@link SiteIndex} from the scanned content: which pages are in the build, the section
 * tree, taxonomies, URLs, lists in Hugo's order, neighbours and aliases.
 */
public final class SiteAssembler {
    private final SiteConfig config;
    private final BuildLog log;
    private final Clock clock;
    private final PageMetaReader metaReader;
    private final PageSort sort;

    public SiteAssembler(SiteConfig config, BuildLog log, Clock clock) {
        this.config = config;
        this.log = log;
        this.clock = clock;
        this.metaReader = new PageMetaReader(config);
        this.sort = new PageSort(config.languageCode().isEmpty() ? config.defaultContentLanguage() : config.languageCode());
    }

    public SiteIndex assemble(List<SourcePage> sources) {
        Cascade cascade = new Cascade(sources);
        Map<String, SourcePage> branches = new HashMap<>();
        Map<SourcePage, PageMeta> regularSources = new LinkedHashMap<>();
        for (SourcePage source : sources) {
            PageMeta meta = readMeta(source, cascade);
            if (meta == null || !inBuild(meta)) continue;
            if (source.bundle() == SourcePage.Bundle.BRANCH) branches.put(source.dir(), source);
            else regularSources.put(source, meta);
        }
        SectionTree tree = new SectionTree(config, metaReader, cascade, branches, List.copyOf(regularSources.keySet()));
        List<Page> regular = new ArrayList<>();
        regularSources.forEach((source, meta) -> {
            Page page = new Page(Kind.PAGE, source, meta, tree.sectionFor(source).sectionPath(), meta.title());
            tree.add(page);
            regular.add(page);
        });
        List<Page> all = new ArrayList<>(tree.listPages());
        all.addAll(regular);
        Map<String, SiteIndex.Taxonomy> taxonomies = new TermCollector(config, metaReader, cascade, branches, sort)
                .collect(regular);
        taxonomies.values().forEach(t -> {
            all.add(t.page());
            all.addAll(t.terms());
        });
        new UrlAssigner(config, new Permalinks(config.permalinks(), config.sourceDir())).assign(all);
        linkLists(tree, regular, taxonomies);
        all.sort(sort);
        List<Page> listedRegular = regular.stream().filter(p -> p.meta().build().listedGlobally()).sorted(sort).toList();
        Map<String, Page> byPath = new LinkedHashMap<>();
        all.forEach(p -> byPath.putIfAbsent(p.filePath(), p));
        return new SiteIndex(tree.home(), List.copyOf(all), listedRegular, tree.home().sections(),
                taxonomies, Aliases.of(all, config), byPath);
    }

    private PageMeta readMeta(SourcePage source, Cascade cascade) {
        try {
            return metaReader.read(source, cascade.apply(source));
        } catch (LocatedException e) {
            log.errors(e.errors());
            return null;
        }
    }

    /** Drafts, future and expired pages are left out unless the build asks for them. */
    private boolean inBuild(PageMeta meta) {
        SiteConfig.Flags flags = config.flags();
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (meta.draft() && !flags.buildDrafts()) return false;
        ZonedDateTime publish = meta.dates().publishDate();
        if (publish != null && publish.isAfter(now) && !flags.buildFuture()) return false;
        ZonedDateTime expiry = meta.dates().expiryDate();
        return expiry == null || !expiry.isBefore(now) || flags.buildExpired();
    }

    private void linkLists(SectionTree tree, List<Page> regular, Map<String, SiteIndex.Taxonomy> taxonomies) {
        for (Page section : tree.listPages()) {
            List<Page> own = tree.regularPagesOf(section).stream()
                    .filter(p -> p.meta().build().listed()).sorted(sort).toList();
            List<Page> subs = tree.childSections(section).stream().sorted(sort).toList();
            List<Page> both = new ArrayList<>(own);
            both.addAll(subs);
            both.sort(sort);
            section.children(both, own, subs);
            own.forEach(p -> p.parent(section));
            subs.forEach(s -> s.parent(section));
            linkNeighbours(own);
        }
        for (SiteIndex.Taxonomy t : taxonomies.values()) {
            t.terms().forEach(term -> term.parent(t.page()));
            t.page().parent(tree.home());
        }
        propagateDates(tree.home());
        taxonomies.values().forEach(t -> {
            t.terms().forEach(SiteAssembler::newestOfChildren);
            newestOfChildren(t.page());
        });
    }

    /** NextInSection points to the newer page (up the default order), PrevInSection to the older one. */
    private static void linkNeighbours(List<Page> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Page prev = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            Page next = i > 0 ? ordered.get(i - 1) : null;
            ordered.get(i).neighbours(prev, next);
        }
    }

    /** A list page without its own date takes the newest date (and lastmod) of what it lists. */
    private static void propagateDates(Page list) {
        for (Page child : list.sections()) propagateDates(child);
        newestOfChildren(list);
    }

    private static void newestOfChildren(Page list) {
        ZonedDateTime date = list.date();
        ZonedDateTime lastmod = list.lastmod();
        for (Page child : list.pages()) {
            if (child.date() != null && (date == null || child.date().isAfter(date))) date = child.date();
            if (child.lastmod() != null && (lastmod == null || child.lastmod().isAfter(lastmod))) lastmod = child.lastmod();
        }
        list.dates(date, lastmod);
    }

    static String termKey(String term) {
        return UrlPaths.makePathSanitized(term);
    }
}
