package site.builder;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.FrontMatter;
import site.builder.markdown.Rendered;
import site.common.LocatedError;

/**
 * The last good build as the next one may reuse it: its config and assembled site, its shape, each numbered page's
 * front matter (the instance the cache handed out, so an unchanged file gives the same one) and rendered Markdown,
 * every page output with the pages whose text it shows, and the assets/ folders templates asked for.
 */
record LastBuild(
        SiteConfig config,
        Content content,
        SiteShape shape,
        List<FrontMatter> sources,
        List<Rendered> rendered,
        Map<String, Kept> outputs,
        List<String> usedFolders) {

    /**
     * The assembled site and what assembling it reported, which a build that takes the site over reports again, as
     * a fresh build would.
     */
    record Content(LanguageSites sites, List<LocatedError> warnings, List<String> notices) {}

    /** How the build counts an output in its summary. */
    enum Counted {
        PAGE,
        PAGER,
        OTHER
    }

    /**
     * One output as it was published (minified when the build minifies), the template that rendered it, and which parts of which pages' rendered
     * text it read (as bits: page number times the number of parts, plus the part); {@code read} is null when it
     * read a page outside the site (then it is always rendered again).
     */
    record Kept(int page, String template, byte[] published, Counted counted, BitSet read) {}
}
