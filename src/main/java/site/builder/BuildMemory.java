package site.builder;

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

    private BuildMemory(FrontMatterCache parsed) {
        this.parsed = parsed;
    }

    /** A memory for the builds of one preview. */
    public static BuildMemory forRebuilds() {
        return new BuildMemory(FrontMatterCache.remembering());
    }

    /**
     * Forget the last build's Markdown and outputs: something a build reads besides the pages' own text changed
     * (a template, data, i18n, assets, static or resource files, config), so the next build renders everything.
     */
    public void forgetOutputs() {
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
        return new Reuse(shape, previous != null && shape.sameAs(previous.shape()) ? previous : null);
    }

    void remember(LastBuild build) {
        if (this != NONE) last = build;
    }
}
