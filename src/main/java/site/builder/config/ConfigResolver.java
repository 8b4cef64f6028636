package site.builder.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;
import site.common.Values;

/** Turns the merged raw config plus command-line options into a typed {@link SiteConfig} with Hugo's defaults. */
final class ConfigResolver {
    private static final Map<String, List<String>> DEFAULT_OUTPUTS = Map.of(
            "home",
            List.of("HTML", "RSS"),
            "section",
            List.of("HTML", "RSS"),
            "taxonomy",
            List.of("HTML", "RSS"),
            "term",
            List.of("HTML", "RSS"),
            "page",
            List.of("HTML"));

    private final BuildLog log;
    private final Map<String, KeyOrigin> origins;

    /** {@code origins}: where each key is set, so that errors about a value point at its line. */
    ConfigResolver(BuildLog log, Map<String, KeyOrigin> origins) {
        this.log = log;
        this.origins = origins;
    }

    SiteConfig resolve(Path source, String environment, Map<String, Object> raw, BuildOptions o) {
        String theme = o.theme() != null ? o.theme() : first(Values.strings(raw.get("theme")));
        String baseURL = o.baseURL() != null ? o.baseURL() : Values.string(raw.get("baseurl"), "");
        if (!baseURL.isEmpty() && !baseURL.endsWith("/")) baseURL += "/";
        return new SiteConfig(
                new SiteConfig.Identity(
                        source,
                        environment,
                        baseURL,
                        Values.string(raw.get("title"), ""),
                        Values.string(raw.get("languagecode"), ""),
                        Values.string(raw.get("defaultcontentlanguage"), "en").toLowerCase(Locale.ROOT),
                        timeZone(source, raw.get("timezone")),
                        theme),
                dirs(source, raw, o),
                flags(raw, o),
                new SiteConfig.ContentRules(
                        Values.integer(raw.get("summarylength"), 70),
                        stringMap(Maps.mapAt(raw, "permalinks")),
                        taxonomies(raw),
                        frontMatterDates(Maps.mapAt(raw, "frontmatter")),
                        disableKinds(source, raw)),
                new SiteConfig.Listing(
                        rssLimit(raw), pagination(raw), outputs(raw), sitemap(Maps.mapAt(raw, "sitemap"))),
                Maps.mapAt(raw, "menus").isEmpty() ? Maps.mapAt(raw, "menu") : Maps.mapAt(raw, "menus"),
                Maps.mapAt(raw, "params"),
                Maps.mapAt(raw, "markup"),
                raw);
    }

    /** services.rss.limit, else the older top-level rssLimit (Hugo 0.111 reads both; the table wins). */
    static int rssLimit(Map<String, Object> raw) {
        Object limit = Maps.at(raw, "services.rss.limit");
        return Values.integer(limit != null ? limit : raw.get("rsslimit"), -1);
    }

    private static SiteConfig.Dirs dirs(Path source, Map<String, Object> raw, BuildOptions o) {
        Path publish =
                o.destination() != null ? source.resolve(o.destination()) : dir(source, raw, "publishdir", "public");
        List<String> statics = Values.strings(raw.getOrDefault("staticdir", "static"));
        return new SiteConfig.Dirs(
                dir(source, raw, "contentdir", "content"),
                statics.stream().map(s -> source.resolve(s).normalize()).toList(),
                dir(source, raw, "datadir", "data"),
                dir(source, raw, "layoutdir", "layouts"),
                dir(source, raw, "themesdir", "themes"),
                publish.normalize(),
                dir(source, raw, "archetypedir", "archetypes"),
                dir(source, raw, "i18ndir", "i18n"),
                dir(source, raw, "assetdir", "assets"));
    }

    private static Path dir(Path source, Map<String, Object> raw, String key, String fallback) {
        return source.resolve(Values.string(raw.get(key), fallback)).normalize();
    }

    private static SiteConfig.Flags flags(Map<String, Object> raw, BuildOptions o) {
        return new SiteConfig.Flags(
                or(o.buildDrafts(), Values.bool(raw.get("builddrafts"), false)),
                or(o.buildFuture(), Values.bool(raw.get("buildfuture"), false)),
                or(o.buildExpired(), Values.bool(raw.get("buildexpired"), false)),
                Values.bool(raw.get("enablerobotstxt"), false),
                Values.bool(raw.get("hascjklanguage"), false),
                Values.bool(raw.get("uglyurls"), false),
                Values.bool(raw.get("relativeurls"), false),
                Values.bool(raw.get("canonifyurls"), false),
                Values.bool(raw.get("disablepathtolower"), false),
                or(o.minify(), Values.bool(Maps.at(raw, "minify.minifyoutput"), false)),
                or(o.cleanDestinationDir(), Values.bool(raw.get("cleandestinationdir"), false)));
    }

    private static boolean or(Boolean flag, boolean fallback) {
        return flag != null ? flag : fallback;
    }

    /** Hugo 0.111's paginate/paginatePath and current Hugo's [pagination] are both accepted; the newer wins. */
    private SiteConfig.Pagination pagination(Map<String, Object> raw) {
        if (raw.containsKey("paginate")) {
            log.notice("config: \"paginate\" is deprecated in current Hugo; use [pagination] pagerSize");
        }
        if (raw.containsKey("paginatepath")) {
            log.notice("config: \"paginatePath\" is deprecated in current Hugo; use [pagination] path");
        }
        return pagination(raw, new SiteConfig.Pagination(10, "page"));
    }

    /** The pager size and path a config table sets ([pagination] over paginate/paginatePath), else the fallback's. */
    static SiteConfig.Pagination pagination(Map<String, Object> raw, SiteConfig.Pagination fallback) {
        Map<String, Object> table = Maps.mapAt(raw, "pagination");
        int size = Values.integer(table.get("pagersize"), Values.integer(raw.get("paginate"), fallback.pagerSize()));
        String path = Values.string(table.get("path"), Values.string(raw.get("paginatepath"), fallback.path()));
        return new SiteConfig.Pagination(size > 0 ? size : 10, path);
    }

    static Map<String, String> taxonomies(Map<String, Object> raw) {
        if (!(raw.get("taxonomies") instanceof Map<?, ?> table)) {
            return orderedOf("tag", "tags", "category", "categories");
        }
        Map<String, String> out = new LinkedHashMap<>();
        table.forEach((singular, plural) -> {
            String p = String.valueOf(plural);
            if (!p.isBlank()) out.put(String.valueOf(singular), p.toLowerCase(Locale.ROOT));
        });
        return out;
    }

    static Map<String, List<String>> outputs(Map<String, Object> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>(DEFAULT_OUTPUTS);
        Maps.mapAt(raw, "outputs")
                .forEach((kind, formats) -> out.put(
                        kind,
                        Values.strings(formats).stream()
                                .map(f -> f.toUpperCase(Locale.ROOT))
                                .toList()));
        return out;
    }

    private static SiteConfig.FrontMatterDates frontMatterDates(Map<String, Object> fm) {
        return new SiteConfig.FrontMatterDates(
                keys(fm.get("date"), List.of("date", "publishdate", "lastmod")),
                keys(fm.get("lastmod"), List.of(":git", "lastmod", "date", "publishdate")),
                keys(fm.get("publishdate"), List.of("publishdate", "date")),
                keys(fm.get("expirydate"), List.of("expirydate")));
    }

    /** A configured list where ":default" stands for Hugo's default list. */
    private static List<String> keys(Object configured, List<String> defaults) {
        if (configured == null) return defaults;
        return Values.strings(configured).stream()
                .flatMap(
                        k -> k.equalsIgnoreCase(":default") ? defaults.stream() : Stream.of(k.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
    }

    /** A [sitemap] table's settings, Hugo's defaults for the keys it leaves out. */
    static SiteConfig.Sitemap sitemap(Map<String, Object> table) {
        Object priority = table.get("priority");
        return new SiteConfig.Sitemap(
                Values.string(table.get("changefreq"), ""),
                priority instanceof Number n ? n.doubleValue() : -1,
                Values.string(table.get("filename"), "sitemap.xml"));
    }

    /**
     * Kind names, lower-cased. A lone "taxonomy" meant the term pages before Hugo 0.73, so Hugo reports it as an
     * error unless ignoreErrors holds "error-disable-taxonomy"; so does site.
     */
    private Set<String> disableKinds(Path source, Map<String, Object> raw) {
        return disableKinds(
                raw, Values.strings(raw.get("ignoreerrors")), message -> located(source, "disablekinds", message));
    }

    /** A disableKinds list's kinds; {@code ignoreErrors} is the site's, {@code at} locates the error. */
    static Set<String> disableKinds(
            Map<String, Object> raw, List<String> ignoreErrors, Function<String, LocatedError> at) {
        Set<String> out = new LinkedHashSet<>();
        for (String kind : Values.strings(raw.get("disablekinds"))) out.add(kind.toLowerCase(Locale.ROOT));
        boolean ignored = ignoreErrors.stream().anyMatch("error-disable-taxonomy"::equalsIgnoreCase);
        if (out.contains("taxonomy") && !out.contains("term") && !ignored) {
            throw new LocatedException(
                    at.apply(
                            "config: disableKinds has \"taxonomy\", which since Hugo"
                                    + " 0.73 means the taxonomy list pages (/tags/), not the term pages (/tags/go/); add \"term\" to"
                                    + " disable those too, or ignoreErrors = [\"error-disable-taxonomy\"] if only the lists are meant"));
        }
        return Set.copyOf(out);
    }

    private ZoneId timeZone(Path source, Object value) {
        return timeZone(value, message -> located(source, "timezone", message));
    }

    /** A timeZone setting's zone (UTC when blank); a name Java does not know is the error {@code at} locates. */
    static ZoneId timeZone(Object value, Function<String, LocatedError> at) {
        String name = Values.string(value, "");
        if (name.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new LocatedException(at.apply(
                    "config: timeZone \"" + name + "\" is not a time zone name such as \"Asia/Seoul\" or \"UTC\""));
        }
    }

    /** An error at the line that sets {@code key}, else at the site. */
    private LocatedError located(Path source, String key, String message) {
        KeyOrigin origin = origins.get(key);
        return origin == null || origin.file() == null
                ? LocatedError.of(source, message)
                : new LocatedError(origin.file(), origin.line(), message);
    }

    static Map<String, String> stringMap(Map<String, Object> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static Map<String, String> orderedOf(String... kv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put(kv[i], kv[i + 1]);
        return out;
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
