package site.builder.content;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import site.builder.config.SiteConfig;
import site.common.BuildLog;
import site.common.LocatedException;
import site.common.Parallel;
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
    /** The last assembly's cascade, and the earliest time after it at which a page enters or leaves the build. */
    private Cascade cascade;

    private ZonedDateTime nextChange;

    public SiteAssembler(SiteConfig config, BuildLog log, Clock clock) {
        this.config = config;
        this.log = log;
        this.clock = clock;
        this.metaReader = new PageMetaReader(config, log);
        this.sort = new PageSort(config.languageTag());
    }

    public SiteIndex assemble(List<SourcePage> sources) {
        Cascade cascade = new Cascade(sources);
        this.cascade = cascade;
        this.nextChange = null;
        Map<String, SourcePage> branches = new HashMap<>();
        // identity: a SourcePage record's own hashCode would hash its whole text
        Map<SourcePage, PageMeta> regularSources = new IdentityHashMap<>();
        List<SourcePage> readable = withoutShadowedFiles(sources);
        List<PageMeta> metas = readMetas(readable, cascade);
        for (int i = 0; i < readable.size(); i++) {
            SourcePage source = readable.get(i);
            PageMeta meta = metas.get(i);
            if (meta == null || !inBuild(meta)) continue;
            if (source.bundle() == SourcePage.Bundle.BRANCH) branches.put(source.dir(), source);
            else if (config.kindEnabled("page")) regularSources.put(source, meta);
        }
        List<SourcePage> regularInOrder =
                sources.stream().filter(regularSources::containsKey).toList();
        SectionTree tree = new SectionTree(config, metaReader, cascade, branches, regularInOrder);
        List<Page> regular = new ArrayList<>();
        regularInOrder.forEach(source -> {
            PageMeta meta = regularSources.get(source);
            Page page = new Page(Kind.PAGE, source, meta, tree.sectionPathFor(source), meta.title());
            tree.add(page);
            regular.add(page);
        });
        List<Page> all = new ArrayList<>(tree.listPages());
        all.addAll(regular);
        TermCollector termCollector = new TermCollector(config, metaReader, cascade, branches, sort);
        Map<String, SiteIndex.Taxonomy> taxonomies = termCollector.collect(regular);
        taxonomies.values().forEach(t -> {
            all.add(t.page());
            all.addAll(t.terms());
        });
        // a disabled kind's pages are neither written nor listed anywhere (disableKinds; page and term never exist)
        all.removeIf(p -> !config.kindEnabled(p.kind().hugoName()));
        new UrlAssigner(config, new Permalinks(config.content().permalinks(), config.sourceDir()), log).assign(all);
        ListDates.assignIfUndated(tree.home(), ListDates.sections(tree).with(termCollector.taxonomyDates()));
        linkLists(tree, taxonomies);
        all.sort(sort);
        List<Page> listed = all.stream().filter(p -> p.meta().build().listed()).toList();
        List<Page> listedRegular = regular.stream()
                .filter(p -> p.meta().build().listedGlobally())
                .sorted(sort)
                .toList();
        Map<String, Page> byPath = new LinkedHashMap<>();
        all.forEach(p -> byPath.putIfAbsent(p.filePath(), p));
        all.forEach(p -> byPath.putIfAbsent(pathWithoutLanguage(p), p)); // ref "hello.md" finds hello.en.md, as Hugo
        return new SiteIndex(
                tree.home(),
                notFound(listed, listedRegular),
                listed,
                List.copyOf(all),
                listedRegular,
                tree.home().sections(),
                taxonomies,
                Aliases.of(all, config),
                byPath,
                SiteData.load(config.dirs().data(), log));
    }

    /** "posts/hello.md" for posts/hello.en.md (its file's language left out of its name), "" for no file. */
    private static String pathWithoutLanguage(Page page) {
        SourcePage src = page.source();
        if (src == null || src.lang().isEmpty()) return page.filePath();
        String name = src.path().substring(src.dir().length());
        return src.dir() + src.baseName() + name.substring(name.lastIndexOf('.'));
    }

    /** Hugo's 404 page: /404.html, titled "404 Page not found", listing every page. */
    private Page notFound(List<Page> all, List<Page> regular) {
        Page page = new Page(Kind.NOT_FOUND, null, metaReader.read(null, Map.of()), List.of(), "404 Page not found");
        TargetPath target = new TargetPath("/404.html", "/404.html");
        page.target(OutputFormat.HTML, target);
        UrlAssigner urls = new UrlAssigner(config, new Permalinks(Map.of(), config.sourceDir()), null);
        page.urls(urls.permalink(target.link()), urls.relPermalink(target.link()));
        page.children(all, regular, List.of());
        return page;
    }

    /**
     * Hugo identifies content by path without extension, so about.md and about/index.md are the same
     * page: the bundle wins.
     */
    private static List<SourcePage> withoutShadowedFiles(List<SourcePage> sources) {
        Set<String> bundles = new HashSet<>();
        for (SourcePage s : sources) {
            if (s.bundle() == SourcePage.Bundle.LEAF)
                bundles.add(s.dir().substring(0, s.dir().length() - 1));
        }
        if (bundles.isEmpty()) return sources;
        return sources.stream()
                .filter(s -> s.bundle() != SourcePage.Bundle.NONE || !bundles.contains(s.dir() + s.baseName()))
                .toList();
    }

    /** Front matter of every page, read in parallel; a page whose values are wrong is null, its errors logged in page order. */
    private List<PageMeta> readMetas(List<SourcePage> sources, Cascade cascade) {
        List<Object> read = Parallel.map(sources, source -> {
            try {
                return (Object) metaReader.read(source, cascade.apply(source));
            } catch (LocatedException e) {
                return e;
            }
        });
        List<PageMeta> metas = new ArrayList<>(read.size());
        for (Object r : read) {
            if (r instanceof LocatedException e) log.errors(e.errors());
            metas.add(r instanceof PageMeta meta ? meta : null);
        }
        return metas;
    }

    /**
     * What serve's next rebuild needs to take this assembly over when only pages' bodies were edited (valid after
     * {@link #assemble}).
     */
    public BodyEdits bodyEdits() {
        return new BodyEdits(new PageMetaReader(config, null), cascade, nextChange);
    }

    /**
     * Drafts, future and expired pages are left out unless the build asks for them. Notes when the answer changes
     * next for a page (its publish date comes, its expiry date passes), after which the assembly is out of date.
     */
    private boolean inBuild(PageMeta meta) {
        SiteConfig.Flags flags = config.flags();
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (meta.draft() && !flags.buildDrafts()) return false;
        ZonedDateTime publish = meta.dates().publishDate();
        if (publish != null && publish.isAfter(now) && !flags.buildFuture()) {
            changesAt(publish);
            return false;
        }
        ZonedDateTime expiry = meta.dates().expiryDate();
        if (expiry != null && !expiry.isBefore(now) && !flags.buildExpired()) changesAt(expiry.plusNanos(1));
        return expiry == null || !expiry.isBefore(now) || flags.buildExpired();
    }

    private void changesAt(ZonedDateTime time) {
        if (nextChange == null || time.isBefore(nextChange)) nextChange = time;
    }

    private void linkLists(SectionTree tree, Map<String, SiteIndex.Taxonomy> taxonomies) {
        // without sections their pages belong to no list (Hugo: not in home's .Pages, no neighbours)
        boolean sections = config.kindEnabled("section");
        for (Page section : sections ? tree.listPages() : List.of(tree.home())) {
            List<Page> own = tree.regularPagesOf(section).stream()
                    .filter(p -> p.meta().build().listed())
                    .sorted(sort)
                    .toList();
            List<Page> subs =
                    sections ? tree.childSections(section).stream().sorted(sort).toList() : List.<Page>of();
            List<Page> both = new ArrayList<>(own);
            both.addAll(subs);
            both.sort(sort);
            section.children(both, own, subs);
            tree.regularPagesOf(section).forEach(p -> p.parent(section));
            subs.forEach(s -> s.parent(section));
            linkNeighbours(own);
        }
        for (SiteIndex.Taxonomy t : taxonomies.values()) {
            t.terms().forEach(term -> term.parent(t.page()));
            t.page().parent(tree.home());
        }
    }

    /** NextInSection points to the newer page (up the default order), PrevInSection to the older one. */
    private static void linkNeighbours(List<Page> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Page prev = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            Page next = i > 0 ? ordered.get(i - 1) : null;
            ordered.get(i).neighbours(prev, next);
        }
    }

    static String termKey(String term) {
        return UrlPaths.makePathSanitized(term);
    }
}
