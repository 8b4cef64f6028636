package site.builder.render;

import java.util.ArrayList;
import java.util.List;
import site.builder.content.Page;

/** Hugo's template lookup order, with jte file names: the first that exists renders the page. */
final class TemplateLookup {
    private TemplateLookup() {}

    static List<String> html(Page page, String taxonomySingular) {
        String type = page.type();
        String layout = page.meta().layout();
        List<String> out = new ArrayList<>();
        switch (page.kind()) {
            case HOME -> {
                addLayout(out, "", layout);
                out.addAll(List.of("index.jte", "home.jte", "_default/home.jte", "_default/list.jte"));
            }
            case SECTION -> {
                addLayout(out, type, layout);
                out.addAll(List.of(
                        type + "/section.jte",
                        type + "/list.jte",
                        "section/" + page.section() + ".jte",
                        "_default/section.jte",
                        "_default/list.jte"));
            }
            case TAXONOMY ->
                out.addAll(List.of(
                        type + "/taxonomy.jte",
                        "taxonomy/" + taxonomySingular + ".jte",
                        "_default/taxonomy.jte",
                        "_default/list.jte"));
            case TERM ->
                out.addAll(List.of(
                        type + "/term.jte",
                        "taxonomy/" + taxonomySingular + ".jte",
                        "_default/term.jte",
                        "_default/list.jte"));
            case PAGE -> {
                addLayout(out, type, layout);
                out.addAll(List.of(type + "/single.jte", "_default/single.jte"));
            }
            case NOT_FOUND -> out.add("404.jte");
        }
        return out;
    }

    static List<String> json(Page page) {
        return page.isHome()
                ? List.of("index.json.jte", "_default/list.json.jte")
                : List.of(page.type() + "/list.json.jte", "_default/list.json.jte");
    }

    /** A list page's RSS template (PaperMod's {@code _default/rss.xml}); none found means Hugo's built-in feed. */
    static List<String> rss(Page page) {
        String kind = page.kind().hugoName();
        List<String> out = new ArrayList<>();
        if (page.isHome()) out.addAll(List.of("index.rss.xml.jte", "home.rss.xml.jte", "rss.xml.jte"));
        else out.addAll(List.of(page.type() + "/" + kind + ".rss.xml.jte", page.type() + "/list.rss.xml.jte"));
        out.addAll(List.of("_default/" + kind + ".rss.xml.jte", "_default/list.rss.xml.jte", "_default/rss.xml.jte"));
        return out;
    }

    private static void addLayout(List<String> out, String type, String layout) {
        if (layout.isEmpty()) return;
        if (!type.isEmpty()) out.add(type + "/" + layout + ".jte");
        out.add("_default/" + layout + ".jte");
    }
}
