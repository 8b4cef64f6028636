package site.builder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.content.SiteIndex;
import site.common.GoDates;
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

    /** A site param as a boolean ("true" counts), false when unset. */
    public boolean flag(String key) { return Values.bool(param(key), false); }

    /** A site param as text, "" when unset. */
    public String text(String key) { return Values.string(param(key), ""); }

    /** A site param that is a list of tables (socialIcons, profileMode.buttons), each entry's keys lower case. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> tables(String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (param(key) instanceof List<?> list) {
            for (Object o : list) if (o instanceof Map<?, ?> m) out.add((Map<String, Object>) m);
        }
        return out;
    }

    /** The theme's string for a key in the site's language (ThemeText; the site's i18n/ wins), with arguments. */
    public String t(String key, Object... args) { return ThemeText.forLanguage(lang(), scope.assets().strings()).get(key, args); }

    /** Hugo's markdownify for a one-line string from params, as HTML. */
    public String markdownify(String text) { return InlineMarkdown.toHtml(text); }

    /** The site's assets/css/extended/*.css, concatenated ("" when none). */
    public String extendedCss() { return scope.assets().extendedCss(); }

    /** Hugo's absURL: a path made absolute against the baseURL; absolute URLs stay as they are. */
    public String absURL(String path) {
        if (path.contains("://") || path.startsWith("//")) return path;
        String base = baseURL().endsWith("/") ? baseURL() : baseURL() + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The absolute URL of a file named by params.assets.KEY (favicons), else of the fallback name. */
    public String assetURL(String key, String fallback) {
        String configured = text("assets." + key);
        return absURL(configured.isEmpty() ? fallback : configured);
    }

    /** The first of a page's or the site's {@code images} param, absolute, or "". */
    public String firstImage(Object images) {
        List<String> all = Values.strings(images);
        return all.isEmpty() ? "" : absURL(all.get(0));
    }

    /** A date as 2006-01-02T15:04:05-07:00 (OpenGraph's article times). */
    public String rfc3339(java.time.ZonedDateTime t) { return GoDates.numericOffset(t); }

    /** Whether a menu URL leads to the search page (its menu entry gets the Alt + / access key). */
    public boolean isSearchPage(String url) {
        String path = scope.searchPagePath();
        return !path.isEmpty() && (url.equals(path) || url.equals(absURL(path)) || (url + "/").equals(path));
    }

    public String icon(String name) { return Icons.svg(name); }

    /** Regular pages of the main sections, newest first (PaperMod's home list, archive and prev/next). */
    public List<PageView> mainSectionPages() { return home().views(scope.mainSectionPages().pages()); }

    /** The archive page's year and month groups (all regular pages with params.ShowAllPagesInArchive). */
    public List<Archive.Year> archive() {
        return Archive.of(flag("ShowAllPagesInArchive") ? regularPages() : mainSectionPages());
    }

    /**
     * The search index as JSON, written as it is with {@code ${site.searchIndex()}}: every regular page except
     * the search and archive pages and searchHidden ones.
     */
    public gg.jte.Content searchIndex() {
        return Json.searchIndex(regularPages().stream().filter(p -> !p.own("searchHidden").equals("true")
                && !p.layout().equals("archives") && !p.layout().equals("search")).toList());
    }

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
