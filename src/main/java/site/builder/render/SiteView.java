package site.builder.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.content.SiteIndex;
import site.common.Maps;
import site.common.Values;

/** The site as templates see it (Hugo's site / .Site). */
public final class SiteView {
    private final RenderScope scope;

    SiteView(RenderScope scope) {
        this.scope = scope;
    }

    public String title() { return scope.config().title(); }

    public String baseURL() { return scope.config().baseURL(); }

    public String languageCode() { return scope.config().languageCode(); }

    /** The language for the html lang attribute: languageCode, else defaultContentLanguage. */
    public String lang() {
        String code = scope.config().languageCode();
        return code.isEmpty() ? scope.config().defaultContentLanguage() : code;
    }

    public String copyright() { return Values.string(scope.config().raw().get("copyright"), ""); }

    /** The site params; like Hugo, with mainSections filled in when the config has none. */
    public Map<String, Object> params() {
        Map<String, Object> params = scope.config().params();
        if (params.containsKey("mainsections")) return params;
        Map<String, Object> out = new LinkedHashMap<>(params);
        List<String> main = mainSections();
        out.put("mainSections", main);
        out.put("mainsections", main);
        return out;
    }

    public Object param(String key) { return Maps.at(scope.config().params(), key.toLowerCase(Locale.ROOT)); }

    /** The files under data/ by folder and name (Hugo's site.Data). */
    public Map<String, Object> data() { return scope.site().data(); }

    public PageView home() { return new PageView(scope.site().home(), scope, null); }

    public List<PageView> regularPages() { return home().views(scope.site().regularPages()); }

    public List<PageView> sections() { return home().views(scope.site().sections()); }

    /** Taxonomy plural to its term pages. */
    public Map<String, List<PageView>> taxonomies() {
        Map<String, List<PageView>> out = new LinkedHashMap<>();
        for (SiteIndex.Taxonomy t : scope.site().taxonomies().values()) out.put(t.plural(), home().views(t.terms()));
        return out;
    }

    public List<MenuEntry> menu(String name) { return scope.menus().getOrDefault(name, List.of()); }

    public Map<String, List<MenuEntry>> menus() { return scope.menus(); }

    /** params.mainSections, else the section with the most pages (Hugo's fallback). */
    public List<String> mainSections() { return MainSections.of(scope.config(), scope.site()); }
}
