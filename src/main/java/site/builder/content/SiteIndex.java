package site.builder.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled site: every page linked into its place, in Hugo's default order.
 *
 * @param notFound Hugo's 404 page, which lists every page
 * @param pages the listed pages of every kind (Hugo's site.Pages, single language)
 * @param allPages every page, listed or not, including those that are not rendered
 * @param regularPages the regular pages listed site-wide (site.RegularPages)
 * @param taxonomies by plural name, in config order
 * @param aliases redirect pages to write
 * @param data the files under data/ (Hugo's site.Data)
 */
public record SiteIndex(
        Page home,
        Page notFound,
        List<Page> pages,
        List<Page> allPages,
        List<Page> regularPages,
        List<Page> sections,
        Map<String, Taxonomy> taxonomies,
        List<Alias> aliases,
        Map<String, Page> byPath,
        Map<String, Object> data) {

    /** A taxonomy: its list page and its term pages (sorted by Hugo's default order). */
    public record Taxonomy(String singular, String plural, Page page, List<Page> terms) {}

    /** A redirect page at {@code file} (relative to the publish dir) pointing at {@code target}. */
    public record Alias(String file, String target, Page page) {}

    /** Looks a page up by its content path ("posts/hello.md") for ref/relref. */
    public Optional<Page> byContentPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
