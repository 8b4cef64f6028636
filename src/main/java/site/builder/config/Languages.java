package site.builder.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;
import site.common.Values;

/**
 * The site's languages as Hugo 0.111 reads them: {@code [languages]} (also from config/_default/languages.toml
 * and menus.LANG.toml), less {@code disableLanguages}, sorted by weight (0 last) then key. A site without
 * {@code [languages]} has one language, {@code defaultContentLanguage}.
 *
 * @param all the enabled languages in Hugo's order
 * @param defaultLang defaultContentLanguage
 * @param defaultInSubdir defaultContentLanguageInSubdir: the default language under /KEY/ too
 * @param disabled disableLanguages and languages with {@code disabled = true}: their files are left out
 */
public record Languages(List<Language> all, String defaultLang, boolean defaultInSubdir, Set<String> disabled) {
    private static final Comparator<Language> HUGO_ORDER = (a, b) -> {
        if (a.weight() == b.weight()) return a.lang().compareTo(b.lang());
        return b.weight() == 0 || (a.weight() != 0 && a.weight() < b.weight()) ? -1 : 1;
    };

    public static Languages of(SiteConfig config) {
        Map<String, Object> raw = config.raw();
        Set<String> disabled = Values.strings(raw.get("disablelanguages")).stream()
                .map(k -> k.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.HashSet::new));
        String defaultLang = config.identity().defaultContentLanguage();
        List<Language> all = new ArrayList<>();
        Maps.mapAt(raw, "languages").forEach((key, table) -> {
            String lang = key.toLowerCase(Locale.ROOT);
            if (table instanceof Map<?, ?>
                    && Values.bool(Maps.mapAt(raw, "languages." + key).get("disabled"), false)) {
                disabled.add(lang); // Hugo 0.111's per-language switch, as disableLanguages
            }
            if (!disabled.contains(lang) || lang.equals(defaultLang)) {
                all.add(language(
                        config, lang, table instanceof Map<?, ?> ? Maps.mapAt(raw, "languages." + key) : Map.of()));
            }
        });
        if (all.isEmpty()) all.add(language(config, defaultLang, Map.of()));
        if (all.stream().noneMatch(l -> l.lang().equals(defaultLang))) {
            throw new LocatedException(LocatedError.of(
                    config.sourceDir(),
                    "config: defaultContentLanguage \"" + defaultLang
                            + "\" is not one of the languages in [languages] ("
                            + String.join(
                                    ", ",
                                    all.stream().map(Language::lang).sorted().toList()) + "); set it to one of them"));
        }
        all.sort(HUGO_ORDER);
        requireBaseURLOnAllOrNone(config, all);
        return new Languages(
                List.copyOf(all),
                defaultLang,
                Values.bool(raw.get("defaultcontentlanguageinsubdir"), false),
                Set.copyOf(disabled));
    }

    /** Hugo 0.111 fails a site where some languages have their own baseURL and others not; so does site. */
    private static void requireBaseURLOnAllOrNone(SiteConfig config, List<Language> all) {
        List<String> with = all.stream()
                .filter(l -> l.settings().containsKey("baseurl"))
                .map(Language::lang)
                .toList();
        if (with.isEmpty() || with.size() == all.size()) return;
        List<String> without =
                all.stream().map(Language::lang).filter(l -> !with.contains(l)).toList();
        throw new LocatedException(LocatedError.of(
                config.sourceDir(),
                "config: baseURL must be set on all or none of the"
                        + " languages: [languages." + String.join("], [languages.", with) + "] set it, [languages."
                        + String.join("], [languages.", without) + "] not"));
    }

    private static Language language(SiteConfig config, String lang, Map<String, Object> table) {
        Object dir = table.get("contentdir");
        Path contentDir = dir == null
                ? null
                : config.sourceDir().resolve(Values.string(dir, "")).normalize();
        Map<String, Object> menus =
                Maps.mapAt(table, "menus").isEmpty() ? Maps.mapAt(table, "menu") : Maps.mapAt(table, "menus");
        return new Language(
                lang,
                Values.string(table.get("languagename"), ""),
                Values.integer(table.get("weight"), 0),
                Values.string(table.get("languagecode"), config.identity().languageCode()),
                Values.string(table.get("title"), config.identity().title()),
                contentDir,
                Maps.deepMerge(Maps.deepMerge(config.params(), leakedKeys(table)), Maps.mapAt(table, "params")),
                menus.isEmpty() ? config.menus() : menus,
                table);
    }

    /**
     * Hugo 0.111 copies the language's own keys (languageName, weight, title, contentDir, menus, the params table
     * itself...) into its site params, where themes read them: PaperMod's og:site_name is site.Params.title.
     */
    private static Map<String, Object> leakedKeys(Map<String, Object> table) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(table);
        Object menu = out.remove("menu");
        if (menu != null) out.putIfAbsent("menus", menu);
        return out;
    }

    /** More than one language: URLs, sitemaps and translations as Hugo writes them for multilingual sites. */
    public boolean multilingual() {
        return all.size() > 1;
    }

    public Language defaultLanguage() {
        return all.stream()
                .filter(l -> l.lang().equals(defaultLang))
                .findFirst()
                .orElse(all.get(0));
    }

    /** Every configured key, disabled ones too (their files are recognised, then left out). */
    public Set<String> keys() {
        Set<String> keys = new java.util.TreeSet<>(disabled);
        all.forEach(l -> keys.add(l.lang()));
        return keys;
    }

    /**
     * Every language on its own host (Hugo's multihost): each language sets its own baseURL, its site is written
     * to its own folder of the publish dir, with the static files, robots.txt and sitemap of a whole site.
     */
    public boolean multihost() {
        return multilingual() && all.stream().allMatch(l -> l.settings().containsKey("baseurl"));
    }

    /**
     * The language's folder in its URLs (Hugo's LanguagePrefix without the slash): "" for the default language
     * (unless in a subdir) and for every language on its own host, else "KEY/".
     */
    public String prefix(Language language) {
        if (multihost()) return "";
        return language.lang().equals(defaultLang) && !defaultInSubdir ? "" : language.lang() + "/";
    }

    /** Where a language's outputs go below the publish dir: its prefix, or "KEY/" for a language on its own host. */
    public String publishFolder(Language language) {
        return multihost() ? language.lang() + "/" : prefix(language);
    }

    /** The config one language's site is built with (see {@link LanguageConfig}). */
    public SiteConfig configFor(SiteConfig site, Language language) {
        return LanguageConfig.of(site, language, baseURL(site, language));
    }

    /** The language's own base URL on its own host, else the site's with the language's prefix ("https://example.org/en/"). */
    public String baseURL(SiteConfig site, Language language) {
        if (multihost()) {
            String own = Values.string(language.settings().get("baseurl"), "");
            return own.isEmpty() || own.endsWith("/") ? own : own + "/";
        }
        String prefix = prefix(language);
        return prefix.isEmpty() ? site.baseURL() : (site.baseURL().isEmpty() ? "/" : site.baseURL()) + prefix;
    }
}
