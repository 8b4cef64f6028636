package site.builder;

import java.util.Map;
import java.util.Optional;
import site.builder.content.Kind;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.builder.markdown.LinkResolver;

/**
 * ref/relref over the content index, as Hugo resolves them: a path with a leading / from the content
 * root, without one from the page's folder first; with or without the file extension; a bundle or
 * section by its folder; "#anchor" alone means the page itself. {@code lang="en"} looks in that language's
 * site, where "hello.md" and "hello.en.md" both name hello.en.md.
 */
final class SiteLinks implements LinkResolver {
    private final Map<String, SiteIndex> sites;
    private final String lang;
    private final Page page;

    /**
     * @param sites each language's site by key (one entry on a single-language site)
     * @param lang the page's language
     */
    SiteLinks(Map<String, SiteIndex> sites, String lang, Page page) {
        this.sites = sites;
        this.lang = lang;
        this.page = page;
    }

    @Override
    public boolean hasLanguage(String lang) {
        return lang.isEmpty() || sites.containsKey(lang);
    }

    @Override
    public Optional<String> resolve(String ref, boolean relative, String lang) {
        String target = lang.isEmpty() ? this.lang : lang;
        SiteIndex site = sites.get(target);
        if (site == null) return Optional.empty();
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String anchor = hash < 0 ? "" : ref.substring(hash);
        Optional<Page> found = path.isEmpty() ? Optional.of(page) : find(site, withoutLanguage(path, target));
        return found.filter(p -> !p.permalink().isEmpty())
                .map(p -> (relative ? p.relPermalink() : p.permalink()) + anchor);
    }

    @Override
    public Optional<String> resource(String destination) {
        if (page.source() == null) return Optional.empty();
        return BundleResourceURL.of(destination, page.source().resources(), page.relPermalink());
    }

    /** "hello.en.md" as "hello.md" when looking in en's site; another language's name stays (and is not found). */
    private static String withoutLanguage(String path, String lang) {
        int ext = path.lastIndexOf('.');
        String suffix = "." + lang;
        if (ext < 0 || path.lastIndexOf('/') > ext || !path.startsWith(suffix, ext - suffix.length())) return path;
        return path.substring(0, ext - suffix.length()) + path.substring(ext);
    }

    private Optional<Page> find(SiteIndex site, String path) {
        String clean = path.replaceAll("/+$", "");
        if (!clean.startsWith("/") && page.source() != null) {
            Optional<Page> beside = byPath(site, page.source().dir() + clean);
            if (beside.isPresent()) return beside;
        }
        return byPath(site, clean.replaceFirst("^/+", ""));
    }

    private static Optional<Page> byPath(SiteIndex site, String path) {
        for (String candidate : new String[] {path, path + ".md", path + "/index.md", path + "/_index.md"}) {
            Optional<Page> p = site.byContentPath(candidate);
            if (p.isPresent()) return p;
        }
        return sectionWithoutFile(site, path);
    }

    /** A section without _index.md by its folder ("/posts"), which Hugo finds as well. */
    private static Optional<Page> sectionWithoutFile(SiteIndex site, String path) {
        return site.allPages().stream()
                .filter(p -> p.kind() == Kind.SECTION && p.source() == null)
                .filter(p -> String.join("/", p.sectionPath()).equals(path))
                .findFirst();
    }
}
