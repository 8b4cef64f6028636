package site.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import site.builder.output.HtmlMinifier;
import site.builder.output.Publisher;
import site.builder.render.Json;
import site.builder.render.MenuBuilder;
import site.builder.render.PageDump;
import site.builder.render.PageRenderer;
import site.builder.render.RenderScope;
import site.builder.render.RenderedPages;
import site.builder.render.Theme;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Writes every output of an assembled site to a publisher: static files, aliases, pages with their
 * pagers, bundle resources, feeds, sitemap, robots.txt and, when asked, the page dumps.
 */
final class SiteWriter {
    private final SiteConfig config;
    private final SiteIndex site;
    private final Theme theme;
    private final BuildLog log;
    private final Path dumpDir;
    private final RenderScope scope;
    private final BuildStats stats = new BuildStats();
    private final Set<Page> failed = ConcurrentHashMap.newKeySet();

    SiteWriter(SiteConfig config, SiteIndex site, RenderedPages rendered, Theme theme, BuildLog log, Path dumpDir) {
        this.config = config;
        this.site = site;
        this.theme = theme;
        this.log = log;
        this.dumpDir = dumpDir;
        this.scope = new RenderScope(config, site, rendered, new Paginator(config), MenuBuilder.build(config, site));
    }

    BuildStats write(Publisher out) {
        copyStatic(out);
        Map<String, Page> owners = new TargetClaims(log).owners(site.allPages());
        writeAliases(out, owners);
        PageRenderer renderer = new PageRenderer(scope, theme.templates());
        warnMissingTemplates(renderer);
        // one job per output (a long list's pagers are many), so no single page keeps one core busy at the end
        List<OutputJob> jobs = Stream.concat(site.allPages().stream(), Stream.of(site.notFound()))
                .filter(p -> p.meta().build().rendered())
                .flatMap(p -> renderer.outputs(p).stream().map(o -> new OutputJob(p, o)))
                .toList();
        jobs.parallelStream().forEach(job -> writeOutput(out, job, owners));
        site.allPages().forEach(p -> writeResources(out, p));
        new FeedWriter(config, site, scope).write(out, stats);
        return stats;
    }

    private record OutputJob(Page page, Supplier<PageRenderer.Output> output) {}

    private void writeOutput(Publisher out, OutputJob job, Map<String, Page> owners) {
        try {
            PageRenderer.Output o = job.output().get();
            Page owner = owners.get(o.target().file());
            if (owner != null && owner != job.page()) return;
            String body = config.flags().minify() && o.target().file().endsWith(".html")
                    ? HtmlMinifier.minify(o.body()) : o.body();
            out.publish(o.target().file(), body.getBytes(StandardCharsets.UTF_8));
            boolean pager = o.view() != null && o.view().paginator() != null && o.view().paginator().pageNumber() > 1;
            (pager ? stats.paginatorPages : o.target().file().endsWith(".html") ? stats.pages : stats.nonPageFiles)
                    .incrementAndGet();
            if (dumpDir != null && o.view() != null) dump(o.target(), PageDump.of(o.view()));
        } catch (LocatedException e) {
            if (failed.add(job.page())) log.errors(e.errors()); // once per page, not once per pager
        }
    }

    /** Like Hugo, a page kind the theme has no template for is skipped with one warning (404 silently). */
    private void warnMissingTemplates(PageRenderer renderer) {
        Set<Kind> warned = EnumSet.noneOf(Kind.class);
        for (Page p : site.allPages()) {
            if (p.meta().build().rendered() && !renderer.hasTemplate(p) && warned.add(p.kind())) {
                log.warn(LocatedError.of(null, "theme " + theme.name() + " has no template for " + p.kind().hugoName()
                        + " pages (looked for " + String.join(", ", renderer.lookup(p)) + "); they are not written"));
            }
        }
    }

    private void writeAliases(Publisher out, Map<String, Page> owners) {
        Paginator paginator = new Paginator(config);
        for (SiteIndex.Alias alias : site.aliases()) {
            if (owners.containsKey("/" + alias.file())) continue;
            out.publish(alias.file(), AliasWriter.write(alias.target(), lang()).getBytes(StandardCharsets.UTF_8));
            stats.aliases.incrementAndGet();
        }
        for (Page list : site.allPages()) {
            if (!list.kind().isList() || list.target(OutputFormat.HTML) == null || list.permalink().isEmpty()) continue;
            TargetPath first = paginator.firstPagerAlias(list);
            out.publish(first.file(), AliasWriter.write(list.permalink(), lang()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bundle resources go beside the page's output (Hugo keeps publishing them for headless bundles). */
    private void writeResources(Publisher out, Page page) {
        SourcePage src = page.source();
        TargetPath html = page.target(OutputFormat.HTML);
        if (src == null || html == null || src.resources().isEmpty() || !page.meta().build().publishResources()) return;
        String file = html.file();
        String dir = file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length())
                : file.substring(0, file.lastIndexOf('.')) + "/";
        for (SourcePage.Resource r : src.resources()) {
            out.copy(r.file(), dir + r.path());
            stats.nonPageFiles.incrementAndGet();
        }
    }

    private void copyStatic(Publisher out) {
        if (theme.bundledStatic() != null) {
            BundledFiles.read(theme.bundledStatic()).forEach((path, bytes) -> {
                out.publish(path, bytes);
                stats.staticFiles.incrementAndGet();
            });
        }
        Stream.concat(theme.staticDirs().stream(), config.dirs().statics().stream())
                .filter(Files::isDirectory).forEach(dir -> copyTree(out, dir));
    }

    private void copyTree(Publisher out, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.copy(f, dir.relativize(f).toString().replace('\\', '/'));
                stats.staticFiles.incrementAndGet();
            }
        } catch (IOException e) {
            log.error(LocatedError.of(dir, "cannot copy static files: " + e.getMessage()));
        }
    }

    private void dump(TargetPath target, Map<String, Object> data) {
        String file = target.file().substring(1);
        String rel = file.equals("index.html") ? "page.json"
                : file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) + "page.json"
                : file + ".json";
        try {
            Path p = dumpDir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, Json.pretty(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write page dump " + rel, e);
        }
    }

    private String lang() {
        return config.languageCode().isEmpty() ? config.defaultContentLanguage() : config.languageCode();
    }

    /** Who owns each output file: on a clash the later page by file path wins, with one warning. */
    static final class TargetClaims {
        private final BuildLog log;

        TargetClaims(BuildLog log) {
            this.log = log;
        }

        Map<String, Page> owners(List<Page> pages) {
            Map<String, Page> owners = new HashMap<>();
            pages.stream().filter(p -> p.meta().build().rendered())
                    .sorted(Comparator.comparing(Page::filePath))
                    .forEach(p -> p.targets().values().forEach(t -> {
                        Page previous = owners.put(t.file(), p);
                        if (previous != null && previous != p) {
                            log.warn(LocatedError.of(p.source() == null ? null : p.source().file(),
                                    "duplicate target path " + t.file() + ": also written by "
                                            + previous.filePath() + "; this page wins"));
                        }
                    }));
            return owners;
        }
    }
}
