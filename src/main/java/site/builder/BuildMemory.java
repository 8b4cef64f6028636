package site.builder;

import java.util.HashSet;
import java.util.Set;
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

    FrontMatterCache parsed() {
        return parsed;
    }

    /** What this build may take over from the last good one (nothing when the site's shape changed). */
    Reuse reuse(LanguageSites sites) {
        if (this == NONE) return Reuse.NONE;
        SiteShape shape = new SiteShape(sites);
        LastBuild previous = last;
        return new Reuse(shape, previous != null && shape.sameAs(previous.shape()) ? previous : null, outputsStale,
                changedTemplates);
    }

    void remember(LastBuild build) {
        if (this == NONE) return;
        last = build;
        outputsStale = false;
        changedTemplates = Set.of();
    }
}
