package site.builder.serve;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import site.builder.BuildFailedException;
import site.builder.BuildMemory;
import site.builder.BuildResult;
import site.builder.BuildStats;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.builder.output.MemorySink;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Builds the site into memory through the builder's one publish path and keeps the last good build: a failed
 * build changes nothing that is served. Every build is a new run of the same {@link SiteBuilder} into a new
 * {@link MemorySink}, taking over from the last one what the changes left valid ({@link BuildMemory},
 * {@link ChangeReach}). Not thread-safe: one build at a time (the watcher's thread).
 */
final class Rebuilder {
    private final SiteBuilder builder;
    private final BuildOptions options;
    private final BuildMemory memory = BuildMemory.forRebuilds();
    private volatile Snapshot current;
    private volatile SiteConfig config;
    private long builds;
    /** The site the current snapshot was built from. */
    private SiteIndex site;

    Rebuilder(SiteBuilder builder, BuildOptions options) {
        this.builder = builder;
        this.options = options;
    }

    /** The last good build, if there was one. */
    Optional<Snapshot> current() {
        return Optional.ofNullable(current);
    }

    /** The configuration the last build read (its folders are what the watcher watches). */
    Optional<SiteConfig> config() {
        return Optional.ofNullable(config);
    }

    /** The first build. */
    BuildOutcome build() {
        return build(null);
    }

    /** A rebuild after {@code changes} (null: everything may have changed). */
    BuildOutcome build(ChangeBatch changes) {
        long start = System.nanoTime();
        switch (ChangeReach.of(changes, config)) {
            case PAGES -> {
                Set<Path> pages = ChangeReach.pageFiles(changes, config);
                if (pages != null) memory.pagesEdited(pages);
            }
            case TEMPLATES -> {
                Set<String> templates = ChangeReach.templateNames(changes, config);
                if (templates == null) memory.forgetOutputs();
                else memory.forgetOutputsOf(templates);
            }
            case EVERYTHING -> memory.forget();
        }
        MemorySink sink = current == null
                ? new MemorySink()
                : new MemorySink(current.files().view().size() + 16);
        try {
            BuildResult result = builder.build(
                    options,
                    read -> {
                        config = read;
                        return sink;
                    },
                    memory);
            Snapshot before = current;
            // a site taken over with edited bodies has the same pages, at the same URLs
            Map<Path, String> pages =
                    before != null && result.site() == site ? before.pageByFile() : pagesByFile(result);
            site = result.site();
            Snapshot next = new Snapshot(++builds, sink, pages);
            current = next;
            OutputDiff diff = OutputDiff.between(
                    before == null ? Map.of() : before.files().view(), sink.view());
            List<BuildStats> languages = result.stats().columns();
            return new BuildOutcome.Built(
                    next,
                    diff,
                    millisSince(start),
                    result.stepMillis(),
                    result.notices(),
                    result.warnings(),
                    languages.stream().mapToInt(BuildStats::outputsRendered).sum(),
                    languages.stream().mapToInt(BuildStats::outputsKept).sum());
        } catch (BuildFailedException e) {
            return new BuildOutcome.Failed(e.getMessage(), e.errors(), millisSince(start));
        } catch (LocatedException e) {
            return new BuildOutcome.Failed("build", e.errors(), millisSince(start));
        } catch (RuntimeException e) {
            // a bug in the builder must not end the preview: report it like an error in the input
            return new BuildOutcome.Failed(
                    "build", List.of(LocatedError.of(null, "unexpected: " + e)), millisSince(start));
        }
    }

    /**
     * Each content file's page URL in every language: the path, or the whole URL when languages have hosts of their
     * own (multihost: the browser may be on another language's port).
     */
    private static Map<Path, String> pagesByFile(BuildResult result) {
        Set<String> origins = new HashSet<>();
        for (SiteIndex site : result.languageSites()) {
            if (site.home() != null) origins.add(origin(site.home().permalink()));
        }
        boolean whole = origins.size() > 1;
        Map<Path, String> out = new HashMap<>();
        for (SiteIndex site : result.languageSites()) {
            for (Page page : site.allPages()) {
                if (page.source() != null && page.source().file() != null && page.relPermalink() != null) {
                    out.putIfAbsent(
                            page.source().file().toAbsolutePath().normalize(),
                            whole ? page.permalink() : page.relPermalink());
                }
            }
        }
        return out;
    }

    /** scheme://host:port of a URL, or the URL itself when it has no path. */
    private static String origin(String url) {
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return path < 0 ? url : url.substring(0, path);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
