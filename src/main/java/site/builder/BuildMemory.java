package site.builder;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import site.builder.config.SiteConfig;
import site.builder.content.FrontMatterCache;

/**
 * What one build of a site leaves for the next build of the same site, so that serve's rebuild after a page edit
 * does only the work the edit calls for: parsed front matter by file, and the last good build's rendered Markdown
 * and outputs with the pages each output shows. One-off builds use {@link #NONE}. A build that fails changes
 * nothing here: the next build is compared with the last good one, as the preview serves it.
 */
public final class BuildMemory {
    /** Remembers nothing: every build does all the work. */
    static final BuildMemory NONE = new BuildMemory(FrontMatterCache.NONE);

    private final FrontMatterCache parsed;
    private volatile LastBuild last;
    private volatile boolean outputsStale;
    /** Templates edited since the last build: the outputs rendered with one of them are rendered again. */
    private volatile Set<String> changedTemplates = Set.of();
    /** The pages' files the next build follows edits of, when nothing else changed (null: anything may have). */
    private volatile Set<Path> bodyEdits;
    /** Whether the last good build's assembled site is the files as they are: no build assembled another since. */
    private volatile boolean siteCurrent;

    private BuildMemory(FrontMatterCache parsed) {
        this.parsed = parsed;
    }

    /** A memory for the builds of one preview. */
    public static BuildMemory forRebuilds() {
        return new BuildMemory(FrontMatterCache.remembering());
    }

    /**
     * Forget the last build's outputs but keep its rendered Markdown: something outputs read besides pages' text
     * changed that cannot be traced to templates (a theme's static or assets file), so the next build renders every
     * output again, from the Markdown of unchanged pages.
     */
    public void forgetOutputs() {
        outputsStale = true;
    }

    /**
     * Forget the last build's outputs rendered with one of {@code templates} (names relative to a layouts folder,
     * such as "_partials/footer.jte"), keeping its rendered Markdown: those templates were edited.
     */
    public void forgetOutputsOf(Set<String> templates) {
        Set<String> all = new HashSet<>(changedTemplates);
        all.addAll(templates);
        changedTemplates = Set.copyOf(all);
    }

    /**
     * Forget the last build: something the Markdown or the site's shape may depend on changed (config, data, i18n,
     * assets, resource files, shortcode or render-hook templates), so the next build renders everything.
     */
    public void forget() {
        last = null;
    }

    /**
     * Since the last build only {@code files} changed, all of them pages' files (absolute, normalized): the next
     * build may take the last good build's assembled site over and read just these files again, if their front
     * matter is the same.
     */
    public void pagesEdited(Set<Path> files) {
        if (this != NONE) bodyEdits = Set.copyOf(files);
    }

    /** The last good build's assembled site, and the files edited since, which this build may take over. */
    record KeptSite(LastBuild.Content content, Set<Path> edited) {}

    /**
     * What this build may take over of the last good build's assembled site: only when {@link #pagesEdited} named
     * every change since, the config is the same and no build assembled another site since. Else null, and the build
     * assembles the site ({@link #assembling}).
     */
    KeptSite keptSite(SiteConfig config) {
        Set<Path> files = bodyEdits;
        bodyEdits = null;
        LastBuild previous = last;
        if (files == null || previous == null || !siteCurrent || !config.equals(previous.config())) {
            siteCurrent = false;
            return null;
        }
        return new KeptSite(previous.content(), files);
    }

    /** This build assembles the site again: until it succeeds, no build takes the last one's site over. */
    void assembling() {
        siteCurrent = false;
    }

    FrontMatterCache parsed() {
        return parsed;
    }

    /** What this build may take over from the last good one (nothing when the site's shape changed). */
    Reuse reuse(LanguageSites sites) {
        if (this == NONE) return Reuse.NONE;
        LastBuild previous = last;
        // a site taken over with edited bodies has the shape it had: the same pages, with the same meta
        SiteShape shape =
                previous != null && previous.content().sites() == sites ? previous.shape() : new SiteShape(sites);
        return new Reuse(
                shape,
                previous != null && shape.sameAs(previous.shape()) ? previous : null,
                outputsStale,
                changedTemplates);
    }

    void remember(LastBuild build) {
        if (this == NONE) return;
        last = build;
        siteCurrent = true;
        outputsStale = false;
        changedTemplates = Set.of();
    }
}
