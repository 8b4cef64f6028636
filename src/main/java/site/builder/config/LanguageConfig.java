package site.builder.config;

import java.util.LinkedHashMap;
import java.util.Map;
import site.common.LocatedError;
import site.common.Maps;
import site.common.Values;

/**
 * The config one language's site is built with. Hugo 0.111 looks every setting up in the language's table
 * first ({@code [languages.KEY]}), then the site's; so do the settings here that a language may change: title,
 * languageCode, params, menus, contentDir, the base URL with the language's prefix, paginate and paginatePath,
 * the whole permalinks, taxonomies and outputs tables, timeZone, hasCJKLanguage, summaryLength, rssLimit,
 * disableKinds, and, through the raw config, every key templates read from it (copyright).
 */
final class LanguageConfig {
    private LanguageConfig() {}

    static SiteConfig of(SiteConfig site, Language language, String baseURL) {
        SiteConfig.Dirs d = site.dirs();
        SiteConfig.Dirs dirs = new SiteConfig.Dirs(
                language.contentDir() == null ? d.content() : language.contentDir(),
                d.statics(),
                d.data(),
                d.layouts(),
                d.themes(),
                d.publish(),
                d.archetypes(),
                d.i18n(),
                d.assets());
        Map<String, Object> own = language.settings();
        java.util.function.Function<String, LocatedError> at = m -> LocatedError.of(site.sourceDir(), m);
        return new SiteConfig(
                site.sourceDir(),
                site.environment(),
                baseURL,
                language.title(),
                language.languageCode(),
                language.lang(),
                own.containsKey("timezone") ? ConfigResolver.timeZone(own.get("timezone"), at) : site.timeZone(),
                site.theme(),
                dirs,
                site.flags()
                        .withHasCJKLanguage(Values.bool(
                                own.get("hascjklanguage"), site.flags().hasCJKLanguage())),
                Values.integer(own.get("summarylength"), site.summaryLength()),
                own.containsKey("rsslimit") || own.containsKey("services")
                        ? ConfigResolver.rssLimit(own)
                        : site.rssLimit(),
                ConfigResolver.pagination(own, site.pagination()),
                own.containsKey("permalinks")
                        ? ConfigResolver.stringMap(Maps.mapAt(own, "permalinks"))
                        : site.permalinks(),
                own.containsKey("taxonomies") ? ConfigResolver.taxonomies(own) : site.taxonomies(),
                own.containsKey("outputs") ? ConfigResolver.outputs(own) : site.outputs(),
                site.frontMatterDates(),
                site.sitemap(),
                own.containsKey("disablekinds")
                        ? ConfigResolver.disableKinds(
                                own, Values.strings(site.raw().get("ignoreerrors")), at)
                        : site.disableKinds(),
                language.menus(),
                language.params(),
                site.markup(),
                overlaid(site.raw(), own));
    }

    /** The site's raw config with the language's keys in place of the site's, each replaced whole, as Hugo does. */
    private static Map<String, Object> overlaid(Map<String, Object> site, Map<String, Object> own) {
        if (own.isEmpty()) return site;
        Map<String, Object> out = new LinkedHashMap<>(site);
        out.putAll(own);
        return out;
    }
}
