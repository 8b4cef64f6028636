package site.builder.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.common.Parallel;

/**
 * Builds taxonomy and term pages from the pages' front matter terms. A term's key (and URL) is its
 * sanitized, lower-cased form, so spellings that differ only in case (or urlize alike) are one term, titled
 * as Hugo 0.111 titles it ({@link #treeKey}). content/tags/_index.md and content/tags/TERM/_index.md give
 * those pages front matter, as in Hugo.
 */
final class TermCollector {
    private final SiteConfig config;
    private final PageMetaReader reader;
    private final Cascade cascade;
    private final Map<String, SourcePage> branches;
    private final PageSort sort;
    private ListDates.Newest taxonomyDates = ListDates.Newest.NONE;

    TermCollector(
            SiteConfig config,
            PageMetaReader reader,
            Cascade cascade,
            Map<String, SourcePage> branches,
            PageSort sort) {
        this.config = config;
        this.reader = reader;
        this.cascade = cascade;
        this.branches = branches;
        this.sort = sort;
    }

    Map<String, SiteIndex.Taxonomy> collect(List<Page> regular) {
        Map<String, SiteIndex.Taxonomy> out = new LinkedHashMap<>();
        if (!config.kindEnabled("taxonomy") && !config.kindEnabled("term")) return out;
        Map<Page, String> keys = new IdentityHashMap<>(); // each page's key built once, not once per comparison
        regular.forEach(p -> keys.put(p, treeKey(p)));
        List<Page> inTreeOrder =
                regular.stream().sorted(Comparator.comparing(keys::get)).toList();
        Map<Page, Map<String, List<Page>>> pageTerms = new LinkedHashMap<>();
        config.content()
                .taxonomies()
                .forEach((singular, plural) -> out.put(plural, taxonomy(singular, plural, inTreeOrder, pageTerms)));
        pageTerms.forEach(Page::terms);
        return out;
    }

    /** The newest date and lastmod over all taxonomies, their terms and their pages: part of the home page's. */
    ListDates.Newest taxonomyDates() {
        return taxonomyDates;
    }

    private SiteIndex.Taxonomy taxonomy(
            String singular, String plural, List<Page> pages, Map<Page, Map<String, List<Page>>> pageTerms) {
        Map<String, Page> terms = new LinkedHashMap<>();
        Map<String, List<Page>> entries = new LinkedHashMap<>();
        for (Page page : config.kindEnabled("term") ? pages : List.<Page>of()) {
            List<Page> termsOfPage = new ArrayList<>();
            spellingsByKey(page.meta().terms().getOrDefault(plural, List.of())).forEach((key, name) -> {
                Page term = terms.computeIfAbsent(
                        key,
                        k -> listPage(Kind.TERM, plural + "/" + k + "/", List.of(plural, urlSegment(k, name)), name));
                termsOfPage.add(term);
                entries.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
            });
            if (!termsOfPage.isEmpty())
                pageTerms.computeIfAbsent(page, p -> new LinkedHashMap<>()).put(plural, termsOfPage);
        }
        Map<Page, Integer> weights = new IdentityHashMap<>();
        pages.forEach(p -> weights.put(p, taxonomyWeight(p, plural)));
        Comparator<Page> byWeight =
                Comparator.comparingInt((Page p) -> weights.get(p)).thenComparing(sort);
        // Hugo 0.111 lists even `_build: {list: never}` pages on their terms' pages and feeds.
        Parallel.forEach(List.copyOf(terms.entrySet()), e -> {
            List<Page> members =
                    entries.get(e.getKey()).stream().sorted(byWeight).toList();
            e.getValue().children(members, members, List.of());
        });
        Page taxonomy = listPage(Kind.TAXONOMY, plural + "/", List.of(plural), TitleCase.ap(plural));
        ListDates.Newest own = ListDates.Newest.of(taxonomy);
        ListDates.Newest below = TermDates.assign(terms, entries);
        ListDates.assignIfUndated(taxonomy, below);
        taxonomyDates = taxonomyDates.with(own).with(below);
        List<Page> sortedTerms = terms.values().stream().sorted(sort).toList();
        taxonomy.children(sortedTerms, List.of(), sortedTerms);
        return new SiteIndex.Taxonomy(singular, plural, taxonomy, sortedTerms);
    }

    /** Terms merge by their lower-cased key; with disablePathToLower the URL keeps the first spelling's case (Hugo). */
    private String urlSegment(String key, String name) {
        return config.flags().disablePathToLower() ? site.common.UrlPaths.makePath(name) : key;
    }

    /**
     * A page's terms by key, each once: Hugo keeps one entry per page and term key, the last one listed, so
     * the last spelling wins and the term takes the place of its last mention.
     */
    static Map<String, String> spellingsByKey(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String key = SiteAssembler.termKey(name);
            if (key.isEmpty()) continue;
            out.remove(key);
            out.put(key, name);
        }
        return out;
    }

    /**
     * Hugo 0.111 names a term after the page that comes first in its content tree, whose keys are the
     * section's folder, "__hb_" and the rest of the path, lower-cased: pages directly in a section come
     * before those of its subsections.
     */
    static String treeKey(Page page) {
        SourcePage source = page.source();
        String path = source.bundle() == SourcePage.Bundle.LEAF
                ? source.dir().substring(0, source.dir().length() - 1)
                : source.dir() + source.baseName();
        String section = String.join("/", page.sectionPath());
        String rest = section.isEmpty() ? path : path.substring(section.length() + 1);
        return ("/" + (section.isEmpty() ? "" : section + "/") + "__hb_" + rest + "__hl_").toLowerCase(Locale.ROOT);
    }

    /** A page's weight within one taxonomy's terms (front matter tags_weight); plain ascending order. */
    private static int taxonomyWeight(Page page, String plural) {
        return site.common.Values.integer(page.meta().params().get(plural + "_weight"), 0);
    }

    private Page listPage(Kind kind, String dir, List<String> sectionPath, String fallbackTitle) {
        SourcePage source = branches.get(dir);
        PageMeta meta = source == null ? reader.read(null, Map.of()) : reader.read(source, cascade.apply(source));
        if (source == null && kind == Kind.TERM) meta.params().put("title", fallbackTitle);
        return new Page(kind, source, meta, sectionPath, source == null ? fallbackTitle : meta.title());
    }
}
