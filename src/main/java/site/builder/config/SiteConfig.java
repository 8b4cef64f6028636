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
        Identity identity,
        Dirs dirs,
        Flags flags,
        ContentRules content,
        Listing listing,
        Map<String, Object> menus,
        Map<String, Object> params,
        Map<String, Object> markup,
        Map<String, Object> raw) {

    /** Which site this is: its sources, environment, address, name, language and clock. */
    public record Identity(
            Path sourceDir,
            String environment,
            String baseURL,
            String title,
            String languageCode,
            String defaultContentLanguage,
            ZoneId timeZone,
            String theme) {}

    /** How pages are read and placed: summaries, URLs, taxonomies, dates and the kinds left out. */
    public record ContentRules(
            int summaryLength,
            Map<String, String> permalinks,
            Map<String, String> taxonomies,
            FrontMatterDates frontMatterDates,
            Set<String> disableKinds) {}

    /** What lists and crawlers get: feed length, pagers, output formats per kind, sitemap defaults. */
    public record Listing(int rssLimit, Pagination pagination, Map<String, List<String>> outputs, Sitemap sitemap) {}

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
            Path assets) {
        /** These folders with a language's own content folder. */
        public Dirs withContent(Path folder) {
            return new Dirs(folder, statics, data, layouts, themes, publish, archetypes, i18n, assets);
        }
    }

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
        /** These switches with the two a language may set for itself. */
        public Flags forLanguage(boolean hasCJKLanguage, boolean uglyURLs) {
            return new Flags(
                    buildDrafts,
                    buildFuture,
                    buildExpired,
                    enableRobotsTXT,
                    hasCJKLanguage,
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

    /** The base URL, with its trailing slash (the most read setting, so a shortcut for {@code identity().baseURL()}). */
    public String baseURL() {
        return identity.baseURL();
    }

    /** The site's folder, absolute (a shortcut for {@code identity().sourceDir()}). */
    public Path sourceDir() {
        return identity.sourceDir();
    }

    /** The base URL without its trailing slash, for joining with relative permalinks. */
    public String baseURLNoSlash() {
        String url = baseURL();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The language tag of the site's pages (html lang, aliases, collation, i18n): languageCode, else defaultContentLanguage. */
    public String languageTag() {
        return identity.languageCode().isEmpty() ? identity.defaultContentLanguage() : identity.languageCode();
    }

    /** Whether a section without a file gets its folder name pluralized as its title (Hugo's default: yes). */
    public boolean pluralizeListTitles() {
        return site.common.Values.bool(raw.get("pluralizelisttitles"), true);
    }

    public boolean kindEnabled(String kind) {
        return !content.disableKinds().contains(kind);
    }
}
