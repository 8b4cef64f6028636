package site.builder;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import site.builder.config.BuildOptions;
import site.builder.config.ConfigLoader;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.builder.content.SourcePage;
import site.builder.markdown.MarkdownOptions;
import site.builder.markdown.MarkdownRenderer;
import site.builder.markdown.PageContext;
import site.builder.markdown.RenderHooks;
import site.builder.markdown.Rendered;
import site.builder.output.Destination;
import site.builder.output.DirectorySink;
import site.builder.output.Publisher;
import site.builder.render.JteRenderHooks;
import site.builder.render.JteShortcodes;
import site.builder.render.RenderedPages;
import site.builder.render.TemplateEngines;
import site.builder.render.Theme;
import site.builder.render.ThemeResolver;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Parallel;
import site.common.Values;

/**
 * The build, as a list of named steps: load config, check the destination, load content, assemble the site,
 * render Markdown, resolve the theme, write the output. A step that finds errors stops the build with all of
 * them; the destination only changes once everything has been rendered without error (and, with strict, without
 * warning). One builder serves any number of builds (serve rebuilds on every change): each starts from nothing.
 */
public final class SiteBuilder {
    /** How long a build waits for another one writing into the same destination. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final Clock clock;
    private final Path dumpDir;
    private final boolean strict;
    /** Templates compiled at run time, kept for this builder's next build (serve's rebuilds). */
    private final TemplateEngines engines = new TemplateEngines();

    public SiteBuilder(Clock clock, Path dumpDir) {
        this(clock, dumpDir, false);
    }

    /** @param strict warnings fail the build (before anything is written) */
    public SiteBuilder(Clock clock, Path dumpDir, boolean strict) {
        this.clock = clock;
        this.dumpDir = dumpDir;
        this.strict = strict;
    }

    /** Builds into the configured publish directory (or --destination), in place, once everything rendered. */
    public BuildResult build(BuildOptions options) {
        return build(options, null);
    }

    /** Builds into {@code sink} when given (serve mode, tests), else into the publish directory. */
    public BuildResult build(BuildOptions options, Function<SiteConfig, Publisher> sink) {
        return build(options, sink, BuildMemory.NONE);
    }

    /** Builds into {@code sink}, reusing what {@code memory} kept of the last good build (serve's rebuilds). */
    public BuildResult build(BuildOptions options, Function<SiteConfig, Publisher> sink, BuildMemory memory) {
        return new Run().build(options, sink, memory);
    }

    /** One build's state: its own log and step times, so an error fixed since the last build is gone. */
    private final class Run {
        private final BuildLog log = new BuildLog();
        private final Map<String, Long> stepMillis = new LinkedHashMap<>();

        BuildResult build(BuildOptions options, Function<SiteConfig, Publisher> sink, BuildMemory memory) {
            long start = System.nanoTime();
            SiteConfig config = step("config", () -> new ConfigLoader(log).load(options));
            if (sink == null) step("destination", () -> checkDestination(config));
            LastBuild.Content content = content(config, memory);
            LanguageSites sites = content.sites();
            Reuse reuse = dumpDir == null ? memory.reuse(sites) : Reuse.NONE;
            Theme theme = step("theme", () -> new ThemeResolver(log, engines).resolve(config));
            RenderedPages rendered = step("markdown", () -> renderMarkdown(config, sites, theme, reuse));
            reuse.compare(rendered);
            BuildStats stats = step("write", () -> write(config, sites, rendered, theme, sink, reuse));
            if (reuse.records()) memory.remember(reuse.next(config, content, rendered));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(
                    sites.primary().index(),
                    languageSites(sites),
                    stats,
                    millis,
                    Collections.unmodifiableMap(stepMillis),
                    log.notices(),
                    log.warnings());
        }

        /** Every language's site, the default language's first. */
        private static List<SiteIndex> languageSites(LanguageSites sites) {
            List<SiteIndex> out = new java.util.ArrayList<>();
            out.add(sites.primary().index());
            sites.sites().stream()
                    .map(LanguageSites.LanguageSite::index)
                    .filter(i -> i != out.get(0))
                    .forEach(out::add);
            return List.copyOf(out);
        }

        /**
         * The assembled site: the last good build's, with the edited files' new text, when only pages' bodies were
         * edited (step "edits", reporting again what its assembly reported), else assembled from the files.
         */
        private LastBuild.Content content(SiteConfig config, BuildMemory memory) {
            BuildMemory.KeptSite kept = memory.keptSite(config);
            if (kept != null && !warnedAbout(kept)) {
                LastBuild.Content before = kept.content();
                Optional<LanguageSites> edited =
                        step("edits", () -> before.sites().withBodyEdits(kept.edited(), memory.parsed(), clock));
                if (edited.isPresent()) {
                    before.warnings().forEach(log::warn);
                    before.notices().forEach(log::notice);
                    return before;
                }
            }
            memory.assembling();
            int warnings = log.warnings().size();
            int notices = log.notices().size();
            // one step, so errors in files that fail to read and in front matter values are all reported together
            LanguageSites sites = step("content", () -> LanguageSites.assemble(config, log, clock, memory.parsed()));
            List<LocatedError> warned = log.warnings();
            List<String> noticed = log.notices();
            return new LastBuild.Content(
                    sites, warned.subList(warnings, warned.size()), noticed.subList(notices, noticed.size()));
        }

        /** A warning at an edited file may be gone with the edit (bytes that were not UTF-8): assembled again. */
        private static boolean warnedAbout(BuildMemory.KeptSite kept) {
            return kept.content().warnings().stream()
                    .anyMatch(w -> w.file() != null
                            && kept.edited().contains(w.file().toAbsolutePath().normalize()));
        }

        /** A destination that is not a folder, or that holds the sources, is refused before anything is read. */
        private Path checkDestination(SiteConfig config) {
            SiteConfig.Dirs dirs = config.dirs();
            List<Path> sources = new java.util.ArrayList<>(List.of(
                    config.sourceDir(),
                    dirs.content(),
                    dirs.layouts(),
                    dirs.themes(),
                    dirs.data(),
                    dirs.i18n(),
                    dirs.archetypes(),
                    dirs.assets()));
            sources.addAll(dirs.statics());
            Destination.problem(dirs.publish(), sources).ifPresent(problem -> {
                throw new LocatedException(LocatedError.of(null, problem));
            });
            return dirs.publish();
        }

        private BuildStats write(
                SiteConfig config,
                LanguageSites sites,
                RenderedPages rendered,
                Theme theme,
                Function<SiteConfig, Publisher> sink,
                Reuse reuse) {
            Path publish = config.dirs().publish();
            try (DirectorySink dir = sink == null ? open(publish, config.flags().cleanDestinationDir()) : null;
                    DirectorySink dumps = dumpDir == null ? null : open(dumpDir, false)) {
                Publisher out = sink == null ? dir : sink.apply(config);
                BuildStats stats = null;
                for (LanguageSites.LanguageSite site : sites.sites()) {
                    BuildStats written = new SiteWriter(
                                    site.config(),
                                    site.index(),
                                    rendered,
                                    theme,
                                    log,
                                    dumps,
                                    site.place(),
                                    reuse,
                                    site.paginator())
                            .write(out, site.contentFiles());
                    stats = stats == null ? written : stats.and(written);
                }
                if (sites.languages().multilingual() && !sites.languages().multihost())
                    new LanguageRoots(config, sites).write(out, stats);
                if (strict && !log.warnings().isEmpty()) {
                    log.error(LocatedError.of(
                            null, log.warnings().size() + " warning(s) and --strict is set: nothing was written"));
                }
                if (log.hasErrors()) return stats;
                if (dir != null) dir.commit();
                if (dumps != null) dumps.commit();
                if (dir != null) stats.written(dir.filesWritten(), dir.bytesStaged());
                return stats;
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                // a full disk, a read-only folder, a lock held too long: a located error like any other, and the
                // destination stays as it was
                throw new LocatedException(LocatedError.of(
                        publish,
                        "cannot write the site: " + e.getMessage()
                                + (e.getCause() == null ? "" : " (" + e.getCause() + ")")));
            }
        }

        private DirectorySink open(Path folder, boolean clean) {
            return new DirectorySink(folder, clean, LOCK_WAIT, log::notice);
        }

        private RenderedPages renderMarkdown(SiteConfig config, LanguageSites sites, Theme theme, Reuse reuse) {
            // a language's own [markup] table replaces the site's; enableEmoji is the site's for every language
            boolean emoji = Values.bool(config.raw().get("enableemoji"), false);
            Map<Map<String, Object>, MarkdownRenderer> renderers = new HashMap<>();
            JteShortcodes shortcodes = new JteShortcodes(theme.templates());
            JteRenderHooks hooks = new JteRenderHooks(theme.templates());
            RenderHooks usedHooks = hooks.any() ? hooks : null;
            Map<Page, Rendered> out = null;
            Map<String, SiteIndex> indexes = new java.util.LinkedHashMap<>();
            sites.sites().forEach(s -> indexes.put(s.language().lang(), s.index()));
            for (LanguageSites.LanguageSite language : sites.sites()) {
                SiteIndex site = language.index();
                MarkdownRenderer renderer = renderers.computeIfAbsent(
                        language.config().markup(),
                        markup -> new MarkdownRenderer(
                                MarkdownOptions.fromConfig(markup).withEmoji(emoji)));
                List<Page> pages = site.allPages().stream()
                        .filter(p ->
                                p.meta().build().rendered() || p.meta().build().listed())
                        .toList();
                List<Rendered> rendered = Parallel.map(
                        pages,
                        p -> reuse.markdown(
                                p,
                                () -> render(
                                        renderer,
                                        language.config(),
                                        p,
                                        new SiteLinks(
                                                indexes, language.language().lang(), p),
                                        shortcodes,
                                        usedHooks)));
                Map<Page, Rendered> one = new ConcurrentHashMap<>(pages.size() * 2);
                for (int i = 0; i < pages.size(); i++) one.put(pages.get(i), rendered.get(i));
                if (out == null) out = one;
                else out.putAll(one);
            }
            return new RenderedPages(out);
        }

        private Rendered render(
                MarkdownRenderer renderer,
                SiteConfig config,
                Page page,
                SiteLinks links,
                JteShortcodes shortcodes,
                RenderHooks hooks) {
            SourcePage src = page.source();
            try {
                PageContext ctx = PageContext.of(src == null ? null : src.file())
                        .withFirstLine(src == null ? 1 : src.frontMatter().bodyLine())
                        .withCJKLanguage(page.meta().isCJKLanguage())
                        .withSummary(
                                config.content().summaryLength(), page.meta().summary())
                        .withParams(page.meta().params(), config.params())
                        .withLinks(links)
                        .withShortcodes(shortcodes)
                        .withHooks(hooks);
                if (src != null && src.format().equals("html"))
                    return renderer.renderHtml(src.frontMatter().body(), ctx);
                Rendered r =
                        renderer.render(src == null ? "" : src.frontMatter().body(), ctx);
                // a page without a file has no content at all, so Hugo gives it no table of contents either
                return src != null ? r : r.withoutTableOfContents();
            } catch (LocatedException e) {
                log.errors(e.errors());
                return Rendered.EMPTY;
            }
        }

        /** Runs one step; errors it throws or logs stop the build, named after the step. */
        private <T> T step(String name, Supplier<T> body) {
            T result;
            long start = System.nanoTime();
            try {
                result = body.get();
                stepMillis.put(name, (System.nanoTime() - start) / 1_000_000);
            } catch (LocatedException e) {
                log.errors(e.errors());
                throw new BuildFailedException(name, log.errors(), log.notices(), log.warnings());
            }
            if (log.hasErrors()) throw new BuildFailedException(name, log.errors(), log.notices(), log.warnings());
            return result;
        }
    }
}
