package site.builder.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import site.common.LocatedError;
import site.common.Maps;
import site.common.Values;

/**
 * The config one language's site is built with. Hugo 0.111 looks a setting up in the language's table first
 * ({@code [languages.KEY]}, a table replaced whole, not merged), then the site's; so do the settings here that a
 * language may change: title, languageCode, params, menus, contentDir, the base URL with the language's prefix,
 * paginate and paginatePath, the permalinks, taxonomies, outputs, sitemap and markup tables, timeZone,
 * hasCJKLanguage, uglyURLs, summaryLength, rssLimit, disableKinds, and, through the raw config, [related] and every
 * key templates read from it (copyright). Hugo reads [frontmatter] and enableEmoji from the site's config only,
 * whatever a language's table says; so does site.
 */
final class LanguageConfig {
    private LanguageConfig() {}

    static SiteConfig of(SiteConfig site, Language language, String baseURL) {
        Map<String, Object> own = language.settings();
        Function<String, LocatedError> at = m -> LocatedError.of(site.sourceDir(), m);
        SiteConfig.Identity id = site.identity();
        return new SiteConfig(
                new SiteConfig.Identity(
                        id.sourceDir(),
                        id.environment(),
                        baseURL,
                        language.title(),
                        language.languageCode(),
                        language.lang(),
                        own.containsKey("timezone") ? ConfigResolver.timeZone(own.get("timezone"), at) : id.timeZone(),
                        id.theme()),
                language.contentDir() == null ? site.dirs() : site.dirs().withContent(language.contentDir()),
                site.flags()
                        .forLanguage(
                                Values.bool(
                                        own.get("hascjklanguage"), site.flags().hasCJKLanguage()),
                                Values.bool(own.get("uglyurls"), site.flags().uglyURLs())),
                content(site, own, at),
                listing(site.listing(), own),
                language.menus(),
                language.params(),
                own.containsKey("markup") ? Maps.mapAt(own, "markup") : site.markup(),
                overlaid(site.raw(), own));
    }

    private static SiteConfig.ContentRules content(
            SiteConfig site, Map<String, Object> own, Function<String, LocatedError> at) {
        SiteConfig.ContentRules rules = site.content();
        return new SiteConfig.ContentRules(
                Values.integer(own.get("summarylength"), rules.summaryLength()),
                own.containsKey("permalinks")
                        ? ConfigResolver.stringMap(Maps.mapAt(own, "permalinks"))
                        : rules.permalinks(),
                own.containsKey("taxonomies") ? ConfigResolver.taxonomies(own) : rules.taxonomies(),
                rules.frontMatterDates(), // Hugo 0.111 reads [frontmatter] from the site's config only
                own.containsKey("disablekinds")
                        ? ConfigResolver.disableKinds(
                                own, Values.strings(site.raw().get("ignoreerrors")), at)
                        : rules.disableKinds());
    }

    private static SiteConfig.Listing listing(SiteConfig.Listing site, Map<String, Object> own) {
        return new SiteConfig.Listing(
                own.containsKey("rsslimit") || own.containsKey("services")
                        ? ConfigResolver.rssLimit(own)
                        : site.rssLimit(),
                ConfigResolver.pagination(own, site.pagination()),
                own.containsKey("outputs") ? ConfigResolver.outputs(own) : site.outputs(),
                own.containsKey("sitemap") ? ConfigResolver.sitemap(Maps.mapAt(own, "sitemap")) : site.sitemap());
    }

    /** The site's raw config with the language's keys in place of the site's, each replaced whole, as Hugo does. */
    private static Map<String, Object> overlaid(Map<String, Object> site, Map<String, Object> own) {
        if (own.isEmpty()) return site;
        Map<String, Object> out = new LinkedHashMap<>(site);
        out.putAll(own);
        return out;
    }
}
