package site.builder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.config.Language;
import site.builder.content.SiteIndex;
import site.common.GoDates;
import site.common.GoHtml;
import site.common.Maps;
import site.common.Values;

/** The site as templates see it (Hugo's site / .Site). */
public final class SiteView {
    private final RenderScope scope;

    SiteView(RenderScope scope) {
        this.scope = scope;
    }

    public String title() {
        return scope.config().identity().title();
    }

    /** The site's base URL, the same for every language (Hugo's .Site.BaseURL; the language's home is {@code home()}). */
    public String baseURL() {
        return scope.languages().baseURL();
    }

    /** The language being rendered (Hugo's .Site.Language): lang(), languageName(), weight(), languageCode(), title(). */
    public Language language() {
        return scope.languages().current();
    }

    /** Every language of the site in Hugo's order (weight, then key), the current one too (Hugo's .Site.Languages). */
    public List<Language> languages() {
        return scope.languages().all();
    }

    /**
     * Every language's site in language order, this one too (Hugo's .Sites, whose first is the first language by
     * weight, not always the default one); a single-language site's only site is itself.
     */
    public List<SitesEntry> sites() {
        PageView home = home();
        if (!isMultiLingual()) return List.of(new SitesEntry(language(), title(), baseURL(), home));
        return home.allTranslations().stream()
                .map(h -> {
                    Language l = scope.languages().of(h.page());
                    return new SitesEntry(l, l.title(), siteBaseURL(l), h);
                })
                .toList();
    }

    /** A language's .Site.BaseURL: the site's, or on its own host the language's as written. */
    private String siteBaseURL(Language language) {
        if (!scope.languages().languages().multihost()) return baseURL();
        return Values.string(language.settings().get("baseurl"), "");
    }

    /** Whether the site has more than one language (Hugo's .Site.IsMultiLingual). */
    public boolean isMultiLingual() {
        return scope.languages().multilingual();
    }

    /**
     * Hugo's absLangURL: absURL with the language's folder ("/about/" is https://example.org/en/about/ on the
     * English site), unless the path already starts with it; on a single-language site the same as absURL
     * ("" being the base URL itself).
     */
    public String absLangURL(String path) {
        String prefix = languagePrefix();
        if (prefix.isEmpty() || path.contains("://")) return path.isEmpty() ? baseURL() : absURL(path);
        String bare = path.startsWith("/") ? path.substring(1) : path;
        String lang = prefix.substring(1);
        if (bare.equals(lang) || bare.startsWith(lang + "/")) return absURL(path);
        return absURL(lang + "/" + bare);
    }

    /**
     * How PaperMod names a language in its language switch and translation list: its languageName with
     * params.displayFullLangName, else its key in title case ("En").
     */
    public String languageLabel(Language language) {
        if (flag("displayFullLangName") && !language.languageName().isEmpty()) return language.languageName();
        return titleCase(language.lang());
    }

    /** A language switch link's title: the language's params.languageAltTitle, else its name, else its key in title case. */
    public String languageTitle(Language language) {
        String alt = Values.string(Maps.at(language.params(), "languagealttitle"), "");
        if (!alt.isEmpty()) return alt;
        return language.languageName().isEmpty() ? titleCase(language.lang()) : language.languageName();
    }

    /** Hugo's title for a language key: each part's first letter upper case ("zh-cn" is "Zh-Cn"). */
    public String titleCase(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    /** "/en" for a language under its own folder, "" at the root (Hugo's .Site.LanguagePrefix). */
    public String languagePrefix() {
        String prefix = scope.languages().languages().prefix(language());
        return prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1);
    }

    public String languageCode() {
        return scope.config().identity().languageCode();
    }

    /** The language for the html lang attribute: languageCode, else defaultContentLanguage. */
    public String lang() {
        return scope.config().languageTag();
    }

    /** Hugo's hugo.IsProduction, or PaperMod's params.env = "production": social cards and analytics only then. */
    public boolean isProduction() {
        return scope.config().identity().environment().equals("production")
                || text("env").equals("production");
    }

    /**
     * The Google Analytics 4 id from {@code services.googleAnalytics.id} (or the older top-level {@code googleAnalytics}),
     * "" when unset, when {@code privacy.googleAnalytics.disable} is on, or for a Universal Analytics id ("UA-",
     * retired by Google in 2023, which Hugo's template does not serve either).
     */
    public String googleAnalyticsId() {
        Map<String, Object> raw = scope.config().raw();
        if (Values.bool(Maps.at(raw, "privacy.googleanalytics.disable"), false)) return "";
        String id = Values.string(Maps.at(raw, "services.googleanalytics.id"), "");
        if (id.isEmpty()) id = Values.string(raw.get("googleanalytics"), "");
        return id.toLowerCase(Locale.ROOT).startsWith("ua-") ? "" : id;
    }

    /** Whether {@code privacy.googleAnalytics.respectDoNotTrack} is on. */
    public boolean analyticsRespectsDoNotTrack() {
        return Values.bool(Maps.at(scope.config().raw(), "privacy.googleanalytics.respectdonottrack"), false);
    }

    public String copyright() {
        return Values.string(scope.config().raw().get("copyright"), "");
    }

    /** The site params; like Hugo, with mainSections filled in when the config has none and the site a section. */
    public Map<String, Object> params() {
        Map<String, Object> params = scope.config().params();
        if (params.containsKey("mainsections")) return params;
        List<String> main = mainSections();
        if (main.isEmpty()) return params; // Hugo sets none when no section has a page
        Map<String, Object> out = new LinkedHashMap<>(params);
        out.put("mainSections", main);
        out.put("mainsections", main);
        return out;
    }

    public Object param(String key) {
        return Maps.at(scope.config().params(), key.toLowerCase(Locale.ROOT));
    }

    /** A site param as a boolean ("true" counts), false when unset. */
    public boolean flag(String key) {
        return Values.bool(param(key), false);
    }

    /** A site param as text, "" when unset. */
    public String text(String key) {
        return Values.string(param(key), "");
    }

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
    public String t(String key, Object... args) {
        return ThemeText.forLanguage(lang(), scope.assets().strings()).get(key, args);
    }

    /** The theme's strings under some key prefixes as a JSON object, for the comments and board scripts. */
    public String strings(String... prefixes) {
        return Json.write(
                ThemeText.forLanguage(lang(), scope.assets().strings()).withPrefixes(prefixes));
    }

    /** Hugo's markdownify for a one-line string from params, as HTML. */
    public String markdownify(String text) {
        return InlineMarkdown.toHtml(text);
    }

    /**
     * One of the theme's bundles ("stylesheet", or a script such as "search"): its published {@code path()}
     * (fingerprinted) and {@code integrity()}; null when the theme has no such bundle.
     */
    /**
     * The URL of a folder of the theme's or the site's {@code assets/} (such as "vendor/katex"), ending in "/",
     * which is then published with the site; folders no template asks for are not (Hugo's resources.Get).
     */
    public String resourceFolder(String folder) {
        String clean = folder.replaceAll("^/+|/+$", "");
        scope.usedResources().use(clean);
        String home = home().relPermalink();
        String prefix = languagePrefix();
        // published once at the site root, whichever language asks
        String root = !prefix.isEmpty() && home.endsWith(prefix + "/")
                ? home.substring(0, home.length() - prefix.length())
                : home;
        return root + clean + "/";
    }

    public AssetBundle bundle(String name) {
        return scope.bundles().get(name);
    }

    /** The site's assets/css/extended/*.css, concatenated ("" when none). */
    public String extendedCss() {
        return scope.assets().extendedCss();
    }

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

    /** A date as RSS writes it (Mon, 02 Jan 2006 15:04:05 -0700); no date is Go's zero time, as Hugo prints it. */
    public String rfc1123z(java.time.ZonedDateTime t) {
        return GoDates.rfc1123z(t);
    }

    /** {@code <name>text</name>} with the text escaped: for XML elements that HTML knows as empty ({@code link}). */
    public String xmlElement(String name, String text) {
        return "<" + name + ">" + GoHtml.escape(text) + "</" + name + ">";
    }

    /** A field of the config's {@code [author]} table (Hugo's site.Author), "" when unset. */
    public String author(String field) {
        return Values.string(Maps.at(Maps.mapAt(scope.config().raw(), "author"), field), "");
    }

    /** A date as 2006-01-02T15:04:05-07:00 (OpenGraph's article times). */
    public String rfc3339(java.time.ZonedDateTime t) {
        return GoDates.numericOffset(t);
    }

    /** Whether a menu URL leads to the search page (its menu entry gets the Alt + / access key). */
    public boolean isSearchPage(String url) {
        String path = scope.searchPagePath();
        return !path.isEmpty() && (url.equals(path) || url.equals(absURL(path)) || (url + "/").equals(path));
    }

    public String icon(String name) {
        return Icons.svg(name);
    }

    /** Regular pages of the main sections, newest first (PaperMod's home list, archive and prev/next). */
    public List<PageView> mainSectionPages() {
        return home().views(scope.mainSectionPages().pages());
    }

    /**
     * The archive page's year and month groups (all regular pages with params.ShowAllPagesInArchive); month names in
     * the content language (defaultContentLanguage), as Hugo names them, not the languageCode.
     */
    public List<Archive.Year> archive() {
        return Archive.of(
                flag("ShowAllPagesInArchive") ? regularPages() : mainSectionPages(),
                scope.config().identity().defaultContentLanguage());
    }

    /**
     * The search index as JSON, written as it is with {@code ${site.searchIndex()}}: every regular page except
     * the search and archive pages and searchHidden ones.
     */
    public gg.jte.Content searchIndex() {
        return Json.searchIndex(regularPages().stream()
                .filter(p -> !p.own("searchHidden").equals("true")
                        && !p.layout().equals("archives")
                        && !p.layout().equals("search"))
                .toList());
    }

    /** The files under data/ by folder and name (Hugo's site.Data). */
    public Map<String, Object> data() {
        return scope.site().data();
    }

    public PageView home() {
        return new PageView(scope.site().home(), scope, null);
    }

    public List<PageView> regularPages() {
        return home().views(scope.site().regularPages());
    }

    public List<PageView> sections() {
        return home().views(scope.site().sections());
    }

    /** Taxonomy plural to its term pages. */
    public Map<String, List<PageView>> taxonomies() {
        Map<String, List<PageView>> out = new LinkedHashMap<>();
        for (SiteIndex.Taxonomy t : scope.site().taxonomies().values()) out.put(t.plural(), home().views(t.terms()));
        return out;
    }

    public List<MenuEntry> menu(String name) {
        return scope.menus().getOrDefault(name, List.of());
    }

    public Map<String, List<MenuEntry>> menus() {
        return scope.menus();
    }

    /** params.mainSections, else the section with the most pages (Hugo's fallback). */
    public List<String> mainSections() {
        return scope.mainSectionPages().sections();
    }
}
