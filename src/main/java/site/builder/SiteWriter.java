package site.builder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import site.builder.config.SiteConfig;
import site.builder.content.Kind;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.Paginator;
import site.builder.content.SiteIndex;
import site.builder.content.SourcePage;
import site.builder.content.TargetPath;
import site.builder.output.AliasWriter;
import site.builder.output.PrefixedPublisher;
import site.builder.output.PublishTarget;
import site.builder.output.Publisher;
import site.builder.render.Json;
import site.builder.render.MenuBuilder;
import site.builder.render.PageDump;
import site.builder.render.PageRenderer;
import site.builder.render.RenderScope;
import site.builder.render.RenderedChars;
import site.builder.render.RenderedPages;
import site.builder.render.Theme;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;
import site.common.Parallel;
import site.common.SymbolicLinks;
import site.common.Values;

/**
 * Writes every output of an assembled site to a publisher: static files, aliases, pages with their
 * pagers, bundle resources, feeds, sitemap, robots.txt and, when asked, the page dumps.
 */
final class SiteWriter {
    private final SiteConfig config;
    private final SiteIndex site;
    private final Theme theme;
    private final BuildLog log;
    /** Where --dump-pages writes each page's variables, or null. */
    private final Publisher dumps;

    private final RenderScope scope;
    private final BuildStats stats = new BuildStats();
    private final Set<Page> failed = ConcurrentHashMap.newKeySet();
    private final LanguageOutput place;
    private final Reuse reuse;

    SiteWriter(SiteConfig config, SiteIndex site, RenderedPages rendered, Theme theme, BuildLog log, Publisher dumps) {
        this(
                config,
                site,
                rendered,
                theme,
                log,
                dumps,
                LanguageOutput.single(config),
                Reuse.NONE,
                new Paginator(config));
    }

    /**
     * One language's site of a multilingual build, written below {@code place.prefix()}, taking over from the last
     * build what {@code reuse} allows, with the site's {@code paginator} (which keeps its pagers).
     */
    SiteWriter(
            SiteConfig config,
            SiteIndex site,
            RenderedPages rendered,
            Theme theme,
            BuildLog log,
            Publisher dumps,
            LanguageOutput place,
            Reuse reuse,
            Paginator paginator) {
        this.config = config;
        this.reuse = reuse;
        this.site = site;
        this.theme = theme;
        this.log = log;
        this.dumps = PrefixedPublisher.of(dumps, place.prefix());
        this.place = place;
        this.scope = new RenderScope(
                config,
                site,
                rendered,
                paginator,
                MenuBuilder.build(config, site),
                ThemeBundles.of(
                        theme,
                        config.dirs().assets(),
                        config.flags().minify(),
                        !Values.bool(Maps.at(config.params(), "assets.disablefingerprinting"), false)),
                place.languages());
    }

    /**
     * @param publishDir the publish dir: a language's own outputs go below its prefix, aliases and shared files at the
     *                   root (its folder, for a language on its own host)
     * @param contentFiles this language's files in content/ outside any bundle, published at their path there,
     *                     below the language's folder (as Hugo)
     */
    BuildStats write(Publisher publishDir, List<SourcePage.Resource> contentFiles) {
        Publisher out = PrefixedPublisher.of(publishDir, place.prefix());
        Publisher root = place.ownHost() ? out : publishDir;
        stats.language(config.identity().defaultContentLanguage());
        copyStatic(root, place.shared());
        if (place.shared()) writeBundles(root);
        Map<String, Page> owners = new TargetClaims(log).owners(site.allPages());
        writeContentFiles(out, contentFiles, owners);
        writeAliases(root, out, owners);
        PageRenderer renderer = new PageRenderer(scope, theme.templates());
        warnMissingTemplates(renderer);
        // one job per output (a long list's pagers are many), so no single page keeps one core busy at the end
        Stream<Page> notFound = config.kindEnabled("404") ? Stream.of(site.notFound()) : Stream.empty();
        List<OutputJob> jobs = Stream.concat(site.allPages().stream(), notFound)
                .filter(p -> p.meta().build().rendered())
                .flatMap(p -> renderer.outputs(p).stream().map(o -> new OutputJob(p, o)))
                .toList();
        // list pages first: the longest outputs (the home page's search index and feed, long term lists) must not
        // be the last ones left for one core
        Parallel.forEach(
                jobs.stream()
                        .sorted(Comparator.comparing(
                                (OutputJob job) -> !job.page().kind().isList()))
                        .toList(),
                job -> writeOutput(out, job, owners));
        writeUsedAssetFolders(root);
        site.allPages().forEach(p -> writeResources(out, p));
        new FeedWriter(config, site, scope).write(out, stats, renderer::hasFeedTemplate);
        new CrawlerFiles(config, site).write(root, place, stats);
        return stats;
    }

    private record OutputJob(Page page, PageRenderer.Pending pending) {}

    /** The assets/ folders templates asked for (site.resourceFolder), from the site's assets, else the theme's. */
    private void writeUsedAssetFolders(Publisher out) {
        for (String folder : reuse.usedFolders(scope.usedResources().folders())) {
            Map<String, byte[]> files = AssetFolders.read(folder, config.dirs().assets(), theme);
            if (files.isEmpty()) {
                log.warn(LocatedError.of(
                        null, "a template asked for assets/" + folder + "/, which neither the site nor the theme has"));
            }
            files.forEach((path, bytes) -> out.publish(PublishTarget.of(folder + "/" + path), bytes));
        }
    }

    private void writeOutput(Publisher out, OutputJob job, Map<String, Page> owners) {
        String file = job.pending().target().file();
        Page owner = owners.get(file);
        if (owner != null && owner != job.page()) return;
        try {
            PublishTarget target = PublishTarget.page(file, config.flags().minify());
            Optional<LastBuild.Kept> kept =
                    reuse.unchanged(file, job.page(), job.pending().template(), theme.templates()::closure);
            (kept.isPresent() ? stats.outputsKept : stats.outputsRendered).incrementAndGet();
            LastBuild.Kept o = kept.orElseGet(() -> render(job, target));
            out.publish(target.finished(), o.published());
            (switch (o.counted()) {
                        case PAGER -> stats.paginatorPages;
                        case PAGE -> stats.pages;
                        case OTHER -> stats.nonPageFiles;
                    })
                    .incrementAndGet();
        } catch (LocatedException e) {
            if (failed.add(job.page())) log.errors(e.errors()); // once per page, not once per pager
        }
    }

    /** Renders one output (noting, for serve's next rebuild, which pages' text it shows) and dumps its variables. */
    private LastBuild.Kept render(OutputJob job, PublishTarget target) {
        Supplier<PageRenderer.Output> render = job.pending().render();
        RenderedPages.Recorded<PageRenderer.Output> r = reuse.records()
                ? scope.rendered().recording(render)
                : new RenderedPages.Recorded<>(render.get(), Map.of());
        PageRenderer.Output o = r.value();
        if (dumps != null && o.view() != null) dump(o.target(), PageDump.of(o.view()));
        boolean pager = o.view() != null
                && o.view().paginator() != null
                && o.view().paginator().pageNumber() > 1;
        LastBuild.Counted counted = pager
                ? LastBuild.Counted.PAGER
                : o.target().file().endsWith(".html") ? LastBuild.Counted.PAGE : LastBuild.Counted.OTHER;
        byte[] published = o.encodedBody() != null ? target.finish(o.encodedBody()) : finish(target, o.text());
        return reuse.rendered(o.target().file(), job.page(), job.pending().template(), published, counted, r.read());
    }

    /** The text's published bytes; its array is then free for the next output this thread renders. */
    private static byte[] finish(PublishTarget target, RenderedChars text) {
        byte[] published = target.finish(text.chars(), text.length());
        text.release();
        return published;
    }

    /** Like Hugo, a page kind the theme has no template for is skipped with one warning (404 silently). */
    private void warnMissingTemplates(PageRenderer renderer) {
        Set<Kind> warned = EnumSet.noneOf(Kind.class);
        for (Page p : site.allPages()) {
            if (p.meta().build().rendered() && !renderer.hasTemplate(p) && warned.add(p.kind())) {
                log.warn(LocatedError.of(
                        null,
                        "theme " + theme.name() + " has no template for "
                                + p.kind().hugoName() + " pages (looked for " + String.join(", ", renderer.lookup(p))
                                + "); they are not written"));
            }
        }
    }

    /** Front matter aliases at the root (Hugo 0.111 does not put a language's under its folder), pager aliases in it. */
    private void writeAliases(Publisher root, Publisher out, Map<String, Page> owners) {
        for (SiteIndex.Alias alias : site.aliases()) {
            if (owners.containsKey("/" + alias.file())) continue;
            root.publish(
                    PublishTarget.of(alias.file()),
                    AliasWriter.write(alias.target(), config.languageTag()).getBytes(StandardCharsets.UTF_8));
            stats.aliases.incrementAndGet();
        }
        for (Page list : site.allPages()) {
            if (!list.kind().isList()
                    || list.target(OutputFormat.HTML) == null
                    || list.permalink().isEmpty()) continue;
            TargetPath first = scope.paginator().firstPagerAlias(list);
            out.publish(
                    PublishTarget.of(first.file()),
                    AliasWriter.write(list.permalink(), config.languageTag()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bundle resources go beside the page's output (Hugo keeps publishing them for headless bundles). */
    private void writeResources(Publisher out, Page page) {
        SourcePage src = page.source();
        TargetPath html = page.target(OutputFormat.HTML);
        if (src == null
                || html == null
                || src.resources().isEmpty()
                || !page.meta().build().publishResources()) return;
        String file = html.file();
        String dir = file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length())
                : file.substring(0, file.lastIndexOf('.')) + "/";
        for (SourcePage.Resource r : src.resources()) {
            out.copy(r.file(), PublishTarget.of(dir + r.path()));
            stats.nonPageFiles.incrementAndGet();
        }
    }

    /** A page's output wins over a plain file at the same path (as in Hugo), with a warning instead of in silence. */
    private void writeContentFiles(Publisher out, List<SourcePage.Resource> files, Map<String, Page> owners) {
        for (SourcePage.Resource f : files) {
            Page owner = owners.get("/" + f.path());
            if (owner != null) {
                log.warn(LocatedError.of(
                        f.file(), "not published: " + TargetClaims.describe(owner) + " writes /" + f.path()));
                continue;
            }
            out.copy(f.file(), PublishTarget.of(f.path()));
            stats.nonPageFiles.incrementAndGet();
        }
    }

    /** The theme's fingerprinted bundles; one whose bytes did not change is not rewritten (the sink compares). */
    private void writeBundles(Publisher out) {
        scope.bundles().values().forEach(b -> {
            out.publish(PublishTarget.of(b.path()), b.bytes());
            stats.nonPageFiles.incrementAndGet();
        });
    }

    /** Static files, once for all languages ({@code write} false: only counted, as Hugo counts them per language). */
    private void copyStatic(Publisher out, boolean write) {
        if (theme.bundledStatic() != null) {
            BundledFiles.read(theme.bundledStatic()).forEach((path, bytes) -> {
                if (write) out.publish(PublishTarget.of(path), bytes);
                stats.staticFiles.incrementAndGet();
            });
        }
        Stream.concat(theme.staticDirs().stream(), config.dirs().statics().stream())
                .filter(Files::isDirectory)
                .forEach(dir -> copyTree(write ? out : null, dir));
    }

    /** Static files, without following symbolic links: a link to a secret file must not publish it (as Hugo). */
    private void copyTree(Publisher out, Path dir) {
        // a static folder that is itself a link (a shared asset folder) is the user's own choice: followed
        try (Stream<Path> files = Files.walk(dir.toRealPath())) {
            Path root = dir.toRealPath();
            for (Path f : files.sorted().toList()) {
                if (Files.isSymbolicLink(f)) {
                    if (out != null) log.warn(SymbolicLinks.notFollowed(f));
                } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    if (out != null)
                        out.copy(
                                f,
                                PublishTarget.of(root.relativize(f).toString().replace('\\', '/')));
                    stats.staticFiles.incrementAndGet();
                }
            }
        } catch (IOException e) {
            log.error(LocatedError.of(dir, "cannot copy static files: " + e.getMessage()));
        }
    }

    private void dump(TargetPath target, Map<String, Object> data) {
        String file = target.file().substring(1);
        String rel = file.equals("index.html")
                ? "page.json"
                : file.endsWith("/index.html")
                        ? file.substring(0, file.length() - "index.html".length()) + "page.json"
                        : file + ".json";
        dumps.publish(PublishTarget.of(rel), Json.pretty(data));
    }

    /**
     * Who owns each output file. A regular page whose url or slug lands on a list page's file (the home page, a
     * section, a taxonomy) is an error at that page: Hugo lets whichever is written last win, silently. Two
     * regular pages on one file: the later by file path wins, with one warning naming both (--strict: an error).
     */
    static final class TargetClaims {
        private final BuildLog log;

        TargetClaims(BuildLog log) {
            this.log = log;
        }

        Map<String, Page> owners(List<Page> pages) {
            Map<String, Page> owners = new HashMap<>();
            pages.stream()
                    .filter(p -> p.meta().build().rendered())
                    .sorted(Comparator.comparing(Page::filePath))
                    .forEach(p -> p.targets().values().forEach(t -> {
                        Page previous = owners.put(t.file(), p);
                        if (previous != null && previous != p) clash(t.file(), previous, p, owners);
                    }));
            return owners;
        }

        private void clash(String file, Page previous, Page later, Map<String, Page> owners) {
            boolean listVsPage = previous.kind().isList() != later.kind().isList();
            if (!listVsPage) {
                log.warn(at(
                        later,
                        "duplicate target path " + file + ": also written by " + describe(previous)
                                + "; this page wins"));
                return;
            }
            Page list = previous.kind().isList() ? previous : later;
            Page page = list == previous ? later : previous;
            owners.put(file, list);
            log.error(at(
                    page, "output path " + file + " is the " + describe(list) + "'s; change this page's url or slug"));
        }

        static String describe(Page p) {
            if (!p.filePath().isEmpty()) return p.filePath();
            return p.isHome() ? "home page" : p.kind().hugoName() + " page " + String.join("/", p.sectionPath());
        }

        /** Located at the front matter line that chose the path (url, else slug), when the page has a file. */
        private static LocatedError at(Page p, String message) {
            if (p.source() == null) return LocatedError.of(null, message);
            String key = !p.meta().url().isEmpty() ? "url" : !p.meta().slug().isEmpty() ? "slug" : null;
            int line = key == null ? 0 : p.source().frontMatter().lineOf(key);
            return new LocatedError(p.source().file(), line, message);
        }
    }
}
