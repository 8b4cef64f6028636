package site.builder.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.common.Values;

/**
 * Builds the site's menus from [menus] config entries and page front matter (`menu: main`, a list of
 * names, or a table per menu). An entry is keyed by identifier, else name; config entries win.
 */
public final class MenuBuilder {
    private static final Comparator<MenuEntry> ORDER = (a, b) -> {
        if (a.weight() != b.weight()) {
            if (b.weight() == 0) return -1;
            if (a.weight() == 0) return 1;
            return Integer.compare(a.weight(), b.weight());
        }
        int byName = a.name().compareTo(b.name());
        return byName != 0 ? byName : a.identifier().compareTo(b.identifier());
    };

    private MenuBuilder() {}

    public static Map<String, List<MenuEntry>> build(SiteConfig config, SiteIndex site) {
        Map<String, Map<String, MenuEntry>> flat = new LinkedHashMap<>();
        config.menus().forEach((menu, entries) -> {
            if (!(entries instanceof List<?> list)) return;
            for (Object e : list) {
                if (e instanceof Map<?, ?> m) add(flat, menu, fromConfig(m, site));
            }
        });
        for (Page page : site.pages()) addFrontMatter(flat, page);
        Map<String, List<MenuEntry>> out = new LinkedHashMap<>();
        flat.forEach((menu, entries) -> out.put(menu, nest(new ArrayList<>(entries.values()), "")));
        return out;
    }

    private static void add(Map<String, Map<String, MenuEntry>> flat, String menu, MenuEntry entry) {
        flat.computeIfAbsent(menu, k -> new LinkedHashMap<>()).putIfAbsent(entry.key(), entry);
    }

    private static MenuEntry fromConfig(Map<?, ?> m, SiteIndex site) {
        String url = Values.string(m.get("url"), "");
        String pageRef = Values.string(m.get("pageref"), "");
        String name = Values.string(m.get("name"), "");
        if (!pageRef.isEmpty()) {
            String path = pageRef.replaceAll("^/+|/+$", "");
            for (Page p : site.pages()) {
                if (matchesRef(p, path)) {
                    url = p.relPermalink();
                    if (name.isEmpty()) name = p.linkTitle();
                    break;
                }
            }
        }
        return entry(m, name, url, Values.integer(m.get("weight"), 0));
    }

    private static boolean matchesRef(Page p, String path) {
        String file = p.filePath();
        if (!file.isEmpty()) {
            // without extension and language suffix: posts/_index.en.md is "posts"
            String noExt = (p.source().dir() + p.source().baseName()).replaceAll("/_?index$", "");
            if (noExt.equals(path) || file.equals(path)) return true;
        }
        return file.isEmpty()
                && String.join("/", p.sectionPath()).equals(path)
                && p.kind().isList();
    }

    private static void addFrontMatter(Map<String, Map<String, MenuEntry>> flat, Page page) {
        Object menus = page.meta().menus();
        if (menus == null || page.relPermalink().isEmpty()) return;
        for (String menu : Values.strings(menus instanceof Map<?, ?> ? null : menus)) {
            add(
                    flat,
                    menu,
                    entry(
                            Map.of(),
                            page.linkTitle(),
                            page.relPermalink(),
                            page.meta().weight()));
        }
        if (menus instanceof Map<?, ?> byMenu) {
            byMenu.forEach((menu, v) -> {
                Map<?, ?> m = v instanceof Map<?, ?> mm ? mm : Map.of();
                String name = Values.string(m.get("name"), page.linkTitle());
                int weight = Values.integer(m.get("weight"), page.meta().weight());
                add(flat, String.valueOf(menu), entry(m, name, page.relPermalink(), weight));
            });
        }
    }

    private static MenuEntry entry(Map<?, ?> m, String name, String url, int weight) {
        return new MenuEntry(
                name,
                url,
                weight,
                Values.string(m.get("identifier"), ""),
                Values.string(m.get("parent"), ""),
                Values.string(m.get("pre"), ""),
                Values.string(m.get("post"), ""),
                Values.string(m.get("title"), ""),
                List.of());
    }

    /** Entries whose parent is {@code parent}, each with its own children, in menu order. */
    private static List<MenuEntry> nest(List<MenuEntry> all, String parent) {
        List<MenuEntry> out = new ArrayList<>();
        for (MenuEntry e : all) {
            if (!e.parent().equals(parent)) continue;
            List<MenuEntry> kids = parent.equals(e.key()) ? List.of() : nest(all, e.key());
            out.add(new MenuEntry(
                    e.name(), e.url(), e.weight(), e.identifier(), e.parent(), e.pre(), e.post(), e.title(), kids));
        }
        out.sort(ORDER);
        return out;
    }
}
