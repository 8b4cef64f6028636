package site.builder.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;

/**
 * Builds taxonomy and term pages from the pages' front matter terms. A term's key (and URL) is its
 * sanitized, lower-cased form; its title is the spelling met first. content/tags/_index.md and
 * content/tags/TERM/_index.md give those pages front matter, as in Hugo.
 */
final class TermCollector {
    private final SiteConfig config;
    private final PageMetaReader reader;
    private final Cascade cascade;
    private final Map<String, SourcePage> branches;
    private final PageSort sort;

    TermCollector(SiteConfig config, PageMetaReader reader, Cascade cascade, Map<String, SourcePage> branches,
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
        List<Page> byPath = regular.stream().sorted(Comparator.comparing(Page::filePath)).toList();
        Map<Page, Map<String, List<Page>>> pageTerms = new LinkedHashMap<>();
        config.taxonomies().forEach((singular, plural) ->
                out.put(plural, taxonomy(singular, plural, byPath, pageTerms)));
        pageTerms.forEach(Page::terms);
        return out;
    }

    private SiteIndex.Taxonomy taxonomy(String singular, String plural, List<Page> pages,
                                        Map<Page, Map<String, List<Page>>> pageTerms) {
        Map<String, Page> terms = new LinkedHashMap<>();
        Map<Page, List<Page>> members = new LinkedHashMap<>();
        for (Page page : config.kindEnabled("term") ? pages : List.<Page>of()) {
            List<String> names = page.meta().terms().getOrDefault(plural, List.of());
            List<Page> termsOfPage = new ArrayList<>();
            for (String name : names) {
                String key = SiteAssembler.termKey(name);
                if (key.isEmpty()) continue;
                Page term = terms.computeIfAbsent(key, k -> listPage(Kind.TERM, plural + "/" + k + "/", List.of(plural, urlSegment(k, name)), name));
                if (!termsOfPage.contains(term)) termsOfPage.add(term);
                if (page.meta().build().listed()) members.computeIfAbsent(term, t -> new ArrayList<>()).add(page);
            }
            if (!termsOfPage.isEmpty()) pageTerms.computeIfAbsent(page, p -> new LinkedHashMap<>()).put(plural, termsOfPage);
        }
        Map<Page, Integer> weights = new IdentityHashMap<>();
        pages.forEach(p -> weights.put(p, taxonomyWeight(p, plural)));
        Comparator<Page> byWeight = Comparator.comparingInt((Page p) -> weights.get(p)).thenComparing(sort);
        terms.values().parallelStream().forEach(term -> {
            List<Page> listed = members.getOrDefault(term, List.of()).stream().sorted(byWeight).toList();
            term.children(listed, listed, List.of());
            ListDates.takeNewest(term, listed);
        });
        Page taxonomy = listPage(Kind.TAXONOMY, plural + "/", List.of(plural), TitleCase.ap(plural));
        List<Page> sortedTerms = terms.values().stream().sorted(sort).toList();
        taxonomy.children(sortedTerms, List.of(), sortedTerms);
        ListDates.takeNewest(taxonomy, sortedTerms);
        return new SiteIndex.Taxonomy(singular, plural, taxonomy, sortedTerms);
    }

    /** Terms merge by their lower-cased key; with disablePathToLower the URL keeps the first spelling's case (Hugo). */
    private String urlSegment(String key, String name) {
        return config.flags().disablePathToLower() ? site.common.UrlPaths.makePath(name) : key;
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
