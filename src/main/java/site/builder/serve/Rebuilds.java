package site.builder.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import site.builder.config.BuildOptions;
import site.builder.config.SiteConfig;
import site.common.LocatedError;

/**
 * What happens after each batch of changes: build, tell the terminal (the time and what changed, or every error
 * with its file and line), tell the browsers (reload, swap stylesheets, move to the edited page, or show the
 * errors), and write the site to disk too when asked.
 */
final class Rebuilds {
    private final Rebuilder rebuilder;
    private final Path root;
    private final BuildOptions options;
    private final LiveReload live;
    private final Consumer<String> say;
    private final PreviewOptions settings;
    private volatile boolean lastSucceeded;

    Rebuilds(
            Rebuilder rebuilder,
            Path root,
            BuildOptions options,
            LiveReload live,
            Consumer<String> say,
            PreviewOptions settings) {
        this.rebuilder = rebuilder;
        this.root = root;
        this.options = options;
        this.live = live;
        this.say = say;
        this.settings = settings;
    }

    Optional<Snapshot> current() {
        return rebuilder.current();
    }

    boolean lastSucceeded() {
        return lastSucceeded;
    }

    void first() {
        BuildOutcome outcome = rebuilder.build();
        if (outcome instanceof BuildOutcome.Built built) {
            built.notices().forEach(n -> say.accept("NOTICE " + n));
            built.warnings().forEach(w -> say.accept("WARN  " + w));
            say.accept("Built " + built.snapshot().files().files().size() + " files in " + built.millis() + " ms");
            mirror(built);
        }
        report(outcome, null);
    }

    void after(ChangeBatch batch, SourceWatcher watcher) {
        say.accept("Change detected, rebuilding site: " + describe(batch));
        BuildOutcome outcome = rebuilder.build(batch);
        if (outcome instanceof BuildOutcome.Built built) {
            built.warnings().forEach(w -> say.accept("WARN  " + w));
            say.accept("Rebuilt in " + built.millis() + " ms: " + built.diff().summary() + " (" + built.rendered()
                    + " outputs rendered, " + built.kept() + " kept; " + built.steps() + ")");
            mirror(built);
        }
        report(outcome, batch);
        watcher.watch(watchedTrees());
    }

    /** The folders a change in which changes the site, from the config the last build read (else Hugo's defaults). */
    List<Path> watchedTrees() {
        List<Path> trees = new ArrayList<>();
        Optional<SiteConfig> config = rebuilder.config();
        if (config.isPresent()) {
            SiteConfig.Dirs dirs = config.get().dirs();
            trees.addAll(List.of(
                    dirs.content(),
                    dirs.layouts(),
                    dirs.themes(),
                    dirs.data(),
                    dirs.i18n(),
                    dirs.archetypes(),
                    dirs.assets()));
            trees.addAll(dirs.statics());
        } else {
            for (String name :
                    List.of("content", "layouts", "themes", "data", "i18n", "archetypes", "assets", "static")) {
                trees.add(root.resolve(name));
            }
        }
        trees.add(root.resolve("config"));
        return trees.stream()
                .map(p -> root.resolve(p).toAbsolutePath().normalize())
                .distinct()
                .toList();
    }

    SourceWatcher watcher() {
        SourceWatcher watcher = new SourceWatcher(root, new ConfigFiles(root, options.configFiles())::matches);
        watcher.watch(watchedTrees());
        return watcher;
    }

    /** @param batch the changes built, null for the first build (which no page is waiting for) */
    private void report(BuildOutcome outcome, ChangeBatch batch) {
        long build = rebuilder.current().map(Snapshot::number).orElse(0L);
        if (outcome instanceof BuildOutcome.Built built) {
            boolean recovered = !lastSucceeded;
            lastSucceeded = true;
            live.greeting(LiveEvent.hello(build, null));
            if (batch != null) live.announce(announcement(built, batch, recovered));
        } else if (outcome instanceof BuildOutcome.Failed failed) {
            lastSucceeded = false;
            for (LocatedError error : failed.errors()) say.accept("ERROR " + error);
            say.accept("Build failed in step " + failed.step() + " (" + failed.millis() + " ms)"
                    + (build > 0 ? ": still serving the last good build" : ": nothing to serve until it builds"));
            LiveEvent.Failure failure = LiveEvent.failure(build, failed.step(), failed.errors(), root);
            live.greeting(LiveEvent.hello(build, failure));
            live.announce(LiveEvent.failed(failure));
        }
    }

    /** "css" when only stylesheets changed, "reload" when output changed (or an overlay is to go), else "unchanged". */
    private LiveEvent announcement(BuildOutcome.Built built, ChangeBatch batch, boolean recovered) {
        String name = built.diff().size() == 0 && !recovered
                ? "unchanged"
                : batch.onlyStylesheets() && !recovered ? "css" : "reload";
        String navigate = settings.reload().navigateToChanged() ? editedPage(built.snapshot(), batch) : null;
        List<String> sources =
                batch.paths().stream().map(p -> LiveEvent.relative(root, p)).toList();
        return LiveEvent.built(name, built.snapshot().number(), built.millis(), sources, built.diff(), navigate);
    }

    /** The first changed content file that is a page, as its URL: where --navigateToChanged takes the browser. */
    private static String editedPage(Snapshot snapshot, ChangeBatch batch) {
        return batch.paths().stream()
                .map(snapshot::pageOf)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private void mirror(BuildOutcome.Built built) {
        if (!settings.renderToDisk()) return;
        rebuilder
                .config()
                .ifPresent(config ->
                        DiskMirror.write(built.snapshot().files(), config.dirs().publish(), say));
    }

    private String describe(ChangeBatch batch) {
        if (batch.overflowed()) return "too many changes to list";
        List<String> names =
                batch.paths().stream().map(p -> LiveEvent.relative(root, p)).toList();
        return names.size() <= 5
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}
