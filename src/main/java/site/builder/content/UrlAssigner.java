package site.builder.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import site.builder.config.SiteConfig;
import site.common.BuildLog;
import site.common.LocatedError;

/** Gives every page its target paths (per output format) and its permalink and relative permalink. */
final class UrlAssigner {
    private final SiteConfig config;
    private final Permalinks permalinks;
    private final String basePath;
    private final BuildLog log;
    private final Set<String> reported = new HashSet<>();

    /** {@code log}: where output formats that site does not write are reported (null: not reported). */
    UrlAssigner(SiteConfig config, Permalinks permalinks, BuildLog log) {
        this.config = config;
        this.permalinks = permalinks;
        this.basePath = basePath(config.baseURL());
        this.log = log;
    }

    void assign(List<Page> pages) {
        for (Page page : pages) {
            for (String name : outputs(page)) {
                OutputFormat format = OutputFormat.named(name).orElse(null);
                if (format == null) unsupported(page, name);
                else page.target(format, PagePaths.of(descriptor(page, format, "")));
            }
            TargetPath html = page.target(OutputFormat.HTML);
            if (html == null || !page.meta().build().rendered()) continue;
            page.urls(permalink(html.link()), relPermalink(html.link()));
        }
    }

    /** Hugo knows more output formats (AMP, Calendar, CSV, ...): one warning for each that a page asks for, never silence. */
    private void unsupported(Page page, String name) {
        if (log == null) return;
        boolean own = !page.meta().outputs().isEmpty();
        String where = own ? page.filePath() : "outputs." + page.kind().hugoName();
        if (!reported.add(where + " " + name)) return;
        String message = (own ? "outputs: " : where + ": ") + "output format \"" + name + "\" is not one site writes ("
                + "HTML, RSS, JSON): skipped";
        log.warn(LocatedError.of(own && page.source() != null ? page.source().file() : null, message));
    }

    /** The page's output formats: front matter outputs, else the config's for its kind. */
    List<String> outputs(Page page) {
        List<String> outputs = !page.meta().outputs().isEmpty()
                ? page.meta().outputs()
                : config.listing().outputs().getOrDefault(page.kind().hugoName(), List.of("HTML"));
        if (config.kindEnabled("rss")) return outputs;
        return outputs.stream().filter(o -> !o.equalsIgnoreCase("rss")).toList(); // disableKinds = ["RSS"]
    }

    PagePaths.Descriptor descriptor(Page page, OutputFormat format, String addends) {
        String dir = "";
        String baseName = "";
        SourcePage src = page.source();
        if (src != null && page.kind() == Kind.PAGE) {
            dir = src.dir();
            baseName = src.baseName();
            if (!baseName.equals(src.contentBaseName())) {
                dir = dir.substring(0, dir.length() - src.contentBaseName().length() - 1);
                baseName = src.contentBaseName();
            }
            if (!page.meta().slug().isEmpty()) baseName = page.meta().slug();
        }
        String expanded =
                page.kind() == Kind.PAGE || page.kind() == Kind.TERM ? permalinks.expand(page.section(), page) : "";
        return new PagePaths.Descriptor(
                page.kind(),
                format,
                page.kind() == Kind.PAGE ? List.of() : page.sectionPath(),
                dir,
                baseName,
                page.meta().url(),
                expanded,
                addends,
                config.flags().uglyURLs(),
                config.flags().disablePathToLower());
    }

    String permalink(String link) {
        String base = config.baseURL().isEmpty() ? "/" : config.baseURL();
        return base + (link.startsWith("/") ? link.substring(1) : link);
    }

    String relPermalink(String link) {
        if (basePath.isEmpty()) return link;
        boolean slash = link.endsWith("/");
        String joined = PagePaths.join(basePath, link);
        return slash && !joined.endsWith("/") ? joined + "/" : joined;
    }

    /** The path part of the base URL ("/blog" for https://x.org/blog/), "" for a root site. */
    private static String basePath(String baseURL) {
        try {
            String path = java.net.URI.create(baseURL).getRawPath();
            if (path == null || path.equals("/") || path.isEmpty()) return "";
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
