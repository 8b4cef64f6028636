package site.builder.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.builder.config.Language;
import site.builder.content.Kind;
import site.builder.content.Page;
import site.builder.content.PageMeta;
import site.builder.content.Pager;
import site.builder.markdown.Rendered;
import site.common.GoDates;

/**
 * Hugo's page variables as one JSON-ready map, for `site build --dump-pages`: the same keys and value
 * shapes the differential tests read from real Hugo.
 */
public final class PageDump {
    private PageDump() {}

    public static Map<String, Object> of(PageView view) {
        Page page = view.page();
        PageMeta meta = page.meta();
        Rendered r = view.rendered();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", page.kind().hugoName());
        d.put("type", page.type());
        d.put("section", page.section());
        d.put("layout", meta.layout());
        d.put("title", page.title());
        d.put("linkTitle", page.linkTitle());
        d.put("description", meta.description());
        d.put("permalink", page.permalink());
        d.put("relPermalink", page.relPermalink());
        d.put("date", GoDates.rfc3339(page.date()));
        d.put("lastmod", GoDates.rfc3339(page.lastmod()));
        d.put("publishDate", GoDates.rfc3339(meta.dates().publishDate()));
        d.put("expiryDate", GoDates.rfc3339(meta.dates().expiryDate()));
        d.put("draft", meta.draft());
        d.put("weight", meta.weight());
        d.put("slug", meta.slug());
        d.put("aliases", meta.aliases());
        d.put("summary", r.summary());
        d.put("truncated", r.truncated());
        d.put("wordCount", r.wordCount());
        d.put("fuzzyWordCount", r.fuzzyWordCount());
        d.put("readingTime", r.readingTime());
        d.put("tableOfContents", r.tableOfContents());
        d.put("content", r.content());
        d.put("params", page.kind() == Kind.NOT_FOUND ? null : jsonValue(meta.params()));
        Map<String, Object> terms = new LinkedHashMap<>();
        page.terms().forEach((taxonomy, list) -> terms.put(taxonomy, permalinks(list)));
        d.put("terms", terms);
        d.put("pages", permalinks(page.pages()));
        d.put("regularPages", permalinks(page.regularPages()));
        d.put("sections", permalinks(page.sections()));
        d.put(
                "prevInSection",
                page.prevInSection() == null ? null : page.prevInSection().permalink());
        d.put(
                "nextInSection",
                page.nextInSection() == null ? null : page.nextInSection().permalink());
        d.put(
                "file",
                page.source() == null ? null : Map.of("path", page.source().path()));
        d.put("lang", view.lang());
        d.put(
                "translations",
                permalinks(view.translations().stream().map(PageView::page).toList()));
        if (view.paginator() != null) d.put("paginator", paginator(view.paginator()));
        if (page.isHome()) {
            Map<String, Object> menus = new LinkedHashMap<>();
            view.site().menus().forEach((name, entries) -> menus.put(name, menuEntries(entries)));
            d.put("menus", menus);
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("title", view.site().title());
            site.put("baseURL", view.site().baseURL());
            site.put("languageCode", view.site().languageCode());
            site.put("copyright", view.site().copyright());
            site.put("params", view.site().params());
            site.put("language", language(view.site().language()));
            site.put(
                    "languages",
                    view.site().languages().stream().map(PageDump::language).toList());
            site.put("isMultiLingual", view.site().isMultiLingual());
            site.put(
                    "sites",
                    view.site().sites().stream().map(PageDump::sitesEntry).toList());
            site.put(
                    "homeTranslations",
                    permalinks(view.site().home().allTranslations().stream()
                            .map(PageView::page)
                            .toList()));
            d.put("site", site);
        }
        return d;
    }

    private static Map<String, Object> sitesEntry(SitesEntry s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lang", s.lang());
        d.put("title", s.title());
        d.put("baseURL", s.baseURL());
        d.put("home", s.home().permalink());
        return d;
    }

    private static Map<String, Object> language(Language l) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lang", l.lang());
        d.put("languageName", l.languageName());
        d.put("weight", l.weight());
        d.put("languageDirection", l.languageDirection());
        return d;
    }

    /** Dates in params print as Go's time JSON does (RFC 3339); everything else is JSON already. */
    private static Object jsonValue(Object v) {
        if (v instanceof ZonedDateTime t) return GoDates.rfc3339(t);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), jsonValue(x)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(PageDump::jsonValue).toList();
        return v;
    }

    private static List<Map<String, Object>> menuEntries(List<MenuEntry> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MenuEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("url", e.url());
            m.put("weight", e.weight());
            m.put("identifier", e.identifier());
            m.put("parent", e.parent());
            m.put("children", menuEntries(e.children()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> paginator(Pager p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("pageNumber", p.pageNumber());
        d.put("totalPages", p.totalPages());
        d.put("totalNumberOfElements", p.totalNumberOfElements());
        d.put("pagerSize", p.pagerSize());
        d.put("pages", permalinks(p.pages()));
        d.put("first", p.first());
        d.put("last", p.last());
        d.put("prev", p.prev());
        d.put("next", p.next());
        return d;
    }

    private static List<String> permalinks(List<Page> pages) {
        List<String> out = new ArrayList<>(pages.size());
        for (Page p : pages) out.add(p.permalink());
        return out;
    }
}
