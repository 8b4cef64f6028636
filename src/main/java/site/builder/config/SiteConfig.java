package site.builder.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved site configuration: Hugo's keys with Hugo's defaults applied, paths made absolute.
 * {@code raw} keeps the whole merged config (keys lower-cased) for what templates read directly.
 */
public record SiteConfig(
        Path sourceDir,
        String environment,
        String baseURL,
        String title,
        String languageCode,
        String defaultContentLanguage,
        ZoneId timeZone,
        String theme,
        Dirs dirs,
        Flags flags,
        int summaryLength,
        int rssLimit,
        Pagination pagination,
        Map<String, String> permalinks,
        Map<String, String> taxonomies,
        Map<String, List<String>> outputs,
        FrontMatterDates frontMatterDates,
        Sitemap sitemap,
        Set<String> disableKinds,
        Map<String, Object> menus,
        Map<String, Object> params,
        Map<String, Object> markup,
        Map<String, Object> raw) {

    /** Directories, all absolute. {@code staticDirs} may be several, as Hugo allows. */
    public record Dirs(
            Path content,
            List<Path> statics,
            Path data,
            Path layouts,
            Path themes,
            Path publish,
            Path archetypes,
            Path i18n,
            Path assets) {}

    /** The on/off switches. */
    public record Flags(
            boolean buildDrafts,
            boolean buildFuture,
            boolean buildExpired,
            boolean enableRobotsTXT,
            boolean hasCJKLanguage,
            boolean uglyURLs,
            boolean relativeURLs,
            boolean canonifyURLs,
            boolean disablePathToLower,
            boolean minify,
            boolean cleanDestinationDir) {
        /** These switches with hasCJKLanguage as a language sets it. */
        public Flags withHasCJKLanguage(boolean on) {
            return new Flags(
                    buildDrafts,
                    buildFuture,
                    buildExpired,
                    enableRobotsTXT,
                    on,
                    uglyURLs,
                    relativeURLs,
                    canonifyURLs,
                    disablePathToLower,
                    minify,
                    cleanDestinationDir);
        }
    }

    /** Pager size and the path segment of pager URLs ({@code /page/2/}). */
    public record Pagination(int pagerSize, String path) {}

    /** Which front matter fields or file facts give each date, in order of preference. */
    public record FrontMatterDates(
            List<String> date, List<String> lastmod, List<String> publishDate, List<String> expiryDate) {}

    public record Sitemap(String changefreq, double priority, String filename) {}

    /** The base URL without its trailing slash, for joining with relative permalinks. */
    public String baseURLNoSlash() {
        return baseURL.endsWith("/") ? baseURL.substring(0, baseURL.length() - 1) : baseURL;
    }

    /** The language tag of the site's pages (html lang, aliases, collation, i18n): languageCode, else defaultContentLanguage. */
    public String languageTag() {
        return languageCode.isEmpty() ? defaultContentLanguage : languageCode;
    }

    /** Whether a section without a file gets its folder name pluralized as its title (Hugo's default: yes). */
    public boolean pluralizeListTitles() {
        return site.common.Values.bool(raw.get("pluralizelisttitles"), true);
    }

    public boolean kindEnabled(String kind) {
        return !disableKinds.contains(kind);
    }
}
