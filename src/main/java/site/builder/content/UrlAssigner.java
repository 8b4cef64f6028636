package site.builder.content;

import java.util.List;
import site.builder.config.SiteConfig;

/** Gives every page its target paths (per output format) and its permalink and relative permalink. */
final class UrlAssigner {
    private final SiteConfig config;
    private final Permalinks permalinks;
    private final String basePath;

    UrlAssigner(SiteConfig config, Permalinks permalinks) {
        this.config = config;
        this.permalinks = permalinks;
        this.basePath = basePath(config.baseURL());
    }

    void assign(List<Page> pages) {
        for (Page page : pages) {
            for (String name : outputs(page)) {
                OutputFormat.named(name).ifPresent(f -> page.target(f, PagePaths.of(descriptor(page, f, ""))));
            }
            TargetPath html = page.target(OutputFormat.HTML);
            if (html == null || !page.meta().build().rendered()) continue;
            page.urls(permalink(html.link()), relPermalink(html.link()));
        }
    }

    /** The page's output formats: front matter outputs, else the config's for its kind. */
    List<String> outputs(Page page) {
        if (!page.meta().outputs().isEmpty()) return page.meta().outputs();
        return config.outputs().getOrDefault(page.kind().hugoName(), List.of("HTML"));
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
        String expanded = page.kind() == Kind.PAGE || page.kind() == Kind.TERM
                ? permalinks.expand(page.section(), page) : "";
        return new PagePaths.Descriptor(page.kind(), format, page.kind() == Kind.PAGE ? List.of() : page.sectionPath(),
                dir, baseName, page.meta().url(), expanded, addends, config.flags().uglyURLs(),
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
