package site.builder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.common.GoDates;
import site.common.Values;

/**
 * The schema.org JSON-LD blocks of a page's head, as PaperMod writes them: the site as an Organization on the
 * home page, a BreadcrumbList on sections and pages, and a BlogPosting on pages. Each is safe inside a script
 * element ({@code <} is escaped).
 */
public final class SchemaJson {
    private SchemaJson() {}

    public static List<String> of(PageView page) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        if (page.isHome()) blocks.add(organization(page.site()));
        else if (page.isPage() || page.isSection()) blocks.add(breadcrumbs(page));
        if (page.isPage()) blocks.add(posting(page));
        return blocks.stream().map(b -> Json.write(b).replace("<", "\\u003c")).toList();
    }

    private static Map<String, Object> organization(SiteView site) {
        Map<String, Object> o = typed("Organization");
        o.put("name", site.title());
        o.put("url", site.baseURL());
        o.put("description", site.text("description"));
        o.put("logo", site.assetURL("favicon", "favicon.ico"));
        List<String> sameAs = Values.strings(site.param("schema.sameAs"));
        if (sameAs.isEmpty())
            sameAs = site.tables("socialIcons").stream()
                    .map(t -> Values.string(t.get("url"), "").strip())
                    .toList();
        o.put("sameAs", sameAs);
        return o;
    }

    private static Map<String, Object> breadcrumbs(PageView page) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<PageView> trail = new ArrayList<>(page.ancestors());
        trail.add(page);
        for (PageView p : trail) {
            Map<String, Object> item = typed("ListItem");
            item.remove("@context");
            item.put("position", items.size() + 1);
            item.put("name", p.title());
            item.put("item", p.permalink());
            items.add(item);
        }
        Map<String, Object> list = typed("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> posting(PageView page) {
        Map<String, Object> o = typed("BlogPosting");
        o.put("headline", page.title());
        o.put("name", page.title());
        o.put("description", page.description().isEmpty() ? page.plainSummary() : page.description());
        o.put(
                "keywords",
                page.keywords().isEmpty()
                        ? page.terms("tags").stream().map(PageView::title).toList()
                        : page.keywords());
        o.put("wordCount", page.wordCount());
        o.put("inLanguage", page.site().lang());
        o.put("datePublished", GoDates.numericOffset(page.publishDate()));
        o.put("dateModified", GoDates.numericOffset(page.lastmod()));
        if (!page.author().isEmpty()) o.put("author", node("Person", "name", page.author()));
        o.put("mainEntityOfPage", node("WebPage", "@id", page.permalink()));
        o.put("publisher", node("Organization", "name", page.site().title()));
        return o;
    }

    /** A nested object in a fixed key order: Map.of's order changes from one JVM to the next, and so would the page. */
    private static Map<String, Object> node(String type, String key, Object value) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", type);
        o.put(key, value);
        return o;
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@context", "https://schema.org");
        o.put("@type", type);
        return o;
    }
}
