package site.builder;

import java.util.Optional;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.builder.markdown.LinkResolver;

/**
 * ref/relref over the content index, as Hugo resolves them: a path with a leading / from the content
 * root, without one from the page's folder first; with or without the file extension; a bundle or
 * section by its folder; "#anchor" alone means the page itself.
 */
final class SiteLinks implements LinkResolver {
    private final SiteIndex site;
    private final Page page;

    SiteLinks(SiteIndex site, Page page) {
        this.site = site;
        this.page = page;
    }

    @Override
    public Optional<String> resolve(String ref, boolean relative) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String anchor = hash < 0 ? "" : ref.substring(hash);
        Optional<Page> target = path.isEmpty() ? Optional.of(page) : find(path);
        return target.filter(p -> !p.permalink().isEmpty())
                .map(p -> (relative ? p.relPermalink() : p.permalink()) + anchor);
    }

    private Optional<Page> find(String path) {
        String clean = path.replaceAll("/+$", "");
        if (!clean.startsWith("/") && page.source() != null) {
            Optional<Page> beside = byPath(page.source().dir() + clean);
            if (beside.isPresent()) return beside;
        }
        return byPath(clean.replaceFirst("^/+", ""));
    }

    private Optional<Page> byPath(String path) {
        for (String candidate : new String[] {path, path + ".md", path + "/index.md", path + "/_index.md"}) {
            Optional<Page> p = site.byContentPath(candidate);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }
}
