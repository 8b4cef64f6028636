package site.builder.content;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import site.builder.config.SiteConfig;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.Values;

/** Reads a page's typed {@link PageMeta} from its (cascaded) front matter, with Hugo's date rules. */
final class PageMetaReader {
    private static final Map<String, List<String>> DATE_ALIASES = Map.of(
            "date", List.of("date"),
            "lastmod", List.of("lastmod", "modified"),
            "publishdate", List.of("publishdate", "pubdate", "published"),
            "expirydate", List.of("expirydate", "unpublishdate"));

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}|\\p{IsHangul}|\\p{IsHiragana}|\\p{IsKatakana}");

    private final SiteConfig config;
    private final BuildLog log;
    private final java.util.Set<String> dateKeys;

    PageMetaReader(SiteConfig config, BuildLog log) {
        this.config = config;
        this.log = log;
        this.dateKeys = dateKeys(config);
    }

    /** {@code frontMatter} is the front matter with cascades applied; {@code source} null for generated pages. */
    PageMeta read(SourcePage source, Map<String, Object> frontMatter) {
        Map<String, Object> values = withoutBadDates(source, frontMatter);
        Map<String, Object> params = new LinkedHashMap<>(values);
        String slug = Values.string(values.get("slug"), "");
        FilenameDate fromName = source == null ? null : FilenameDate.of(source.contentBaseName(), config);
        SiteConfig.FrontMatterDates fmd = config.content().frontMatterDates();
        PageMeta.Dates dates = new PageMeta.Dates(
                date(fmd.date(), source, values, fromName, params),
                date(fmd.lastmod(), source, values, fromName, params),
                date(fmd.publishDate(), source, values, fromName, params),
                date(fmd.expiryDate(), source, values, fromName, params));
        if (slug.isEmpty()
                && fromName != null
                && fmd.date().contains(":filename")
                && !fromName.slug().isEmpty()) {
            slug = fromName.slug();
        }
        Map<String, Object> build = values.get("_build") instanceof Map<?, ?> m ? asMap(m) : Map.of();
        // A headless bundle is neither rendered nor listed; its resources are still published.
        boolean headless = Values.bool(values.get("headless"), false);
        addHugoParams(params, source, values, dates);
        if (values.get("sitemap") != null)
            params.put(
                    "sitemap",
                    PageSitemap.of(values.get("sitemap"), config.listing().sitemap())
                            .asParam());
        Map<String, List<String>> terms = terms(values);
        PathInputs.check(
                source, Values.string(values.get("url"), ""), slug, Values.strings(values.get("aliases")), terms);
        return new PageMeta(
                Values.string(values.get("title"), ""),
                Values.string(values.get("linktitle"), ""),
                Values.string(values.get("description"), ""),
                dates,
                Values.bool(values.get("draft"), false),
                slug,
                Values.string(values.get("url"), ""),
                Values.strings(values.get("aliases")),
                Values.integer(values.get("weight"), 0),
                Values.string(values.get("type"), ""),
                Values.string(values.get("layout"), ""),
                values.containsKey("summary") ? Values.string(values.get("summary"), "") : null,
                Values.strings(values.get("keywords")),
                headless,
                new PageMeta.BuildOptions(
                        headless
                                ? "never"
                                : Values.string(build.get("list"), "always").toLowerCase(Locale.ROOT),
                        headless
                                ? "never"
                                : Values.string(build.get("render"), "always").toLowerCase(Locale.ROOT),
                        Values.bool(build.get("publishresources"), true)),
                Values.strings(values.get("outputs")).stream()
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .toList(),
                values.containsKey("menus") ? values.get("menus") : values.get("menu"),
                terms,
                params);
    }

    /**
     * The keys Hugo adds to .Params: draft and iscjklanguage always, date (front matter first), and
     * lastmod, publishdate and expirydate as resolved (when not zero).
     */
    private void addHugoParams(
            Map<String, Object> params, SourcePage source, Map<String, Object> values, PageMeta.Dates dates) {
        params.put("draft", Values.bool(values.get("draft"), false));
        params.put("iscjklanguage", isCJKLanguage(source, values));
        // the front matter date as written, else the resolved one (from the file name, say)
        Optional<ZonedDateTime> own =
                values.get("date") == null ? Optional.empty() : frontMatterDate("date", values, null);
        putDate(params, "date", own.orElse(dates.date()));
        putDate(params, "lastmod", dates.lastmod());
        putDate(params, "publishdate", dates.publishDate());
        putDate(params, "expirydate", dates.expiryDate());
    }

    private static void putDate(Map<String, Object> params, String key, ZonedDateTime value) {
        if (value != null) params.put(key, value);
        else params.remove(key);
    }

    /** Front matter isCJKLanguage, else (with hasCJKLanguage) whether the text has Han, Hangul or kana. */
    private boolean isCJKLanguage(SourcePage source, Map<String, Object> values) {
        if (values.containsKey("iscjklanguage")) return Values.bool(values.get("iscjklanguage"), false);
        // Hugo looks at the whole file, front matter included
        return config.flags().hasCJKLanguage()
                && source != null
                && (CJK.matcher(source.frontMatter().source()).find()
                        || CJK.matcher(source.frontMatter().body()).find());
    }

    private Map<String, List<String>> terms(Map<String, Object> values) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String plural : config.content().taxonomies().values()) {
            List<String> terms = Values.strings(values.get(plural)).stream()
                    .filter(t -> !t.isBlank())
                    .toList();
            if (!terms.isEmpty()) out.put(plural, terms);
        }
        return out;
    }

    /**
     * The first source in {@code keys} that gives a date; null (zero) when none does. A front matter key that gives it
     * holds the date in {@code params} from then on, as in Hugo ({@code .Params.pubdate} is a date, not a text).
     */
    private ZonedDateTime date(
            List<String> keys,
            SourcePage source,
            Map<String, Object> values,
            FilenameDate fromName,
            Map<String, Object> params) {
        for (String key : keys) {
            Optional<ZonedDateTime> found = switch (key) {
                case ":filename" -> Optional.ofNullable(fromName == null ? null : fromName.date());
                case ":filemodtime" -> modTime(source);
                case ":git" -> Optional.empty();
                default -> frontMatterDate(key, values, params);
            };
            if (found.isPresent()) return found.get();
        }
        return null;
    }

    /** The date under {@code key} or its first alias that is set; {@code params} (when not null) takes it. */
    private Optional<ZonedDateTime> frontMatterDate(
            String key, Map<String, Object> values, Map<String, Object> params) {
        for (String name : DATE_ALIASES.getOrDefault(key, List.of(key))) {
            Object value = values.get(name);
            if (value == null || String.valueOf(value).isBlank()) continue;
            Optional<ZonedDateTime> date =
                    DateParser.of(value, config.identity().timeZone());
            if (params != null) date.ifPresent(d -> params.put(name, d));
            return date;
        }
        return Optional.empty();
    }

    /**
     * The front matter without the date fields that are no date (2024-13-45, "yesterday", a TOML local time):
     * Hugo skips those silently (the next source decides, else the zero date, and .Params loses the key);
     * site does the same with one warning per field, naming the file and line.
     */
    private Map<String, Object> withoutBadDates(SourcePage source, Map<String, Object> values) {
        Map<String, Object> out = values;
        for (String name : dateKeys) {
            Object value = values.get(name);
            if (value == null || String.valueOf(value).isBlank()) continue;
            if (DateParser.of(value, config.identity().timeZone()).isPresent()) continue;
            if (out == values) out = new LinkedHashMap<>(values);
            out.remove(name);
            if (source != null && log != null) {
                log.warn(new LocatedError(
                        source.file(),
                        source.frontMatter().lineOf(name),
                        "front matter \"" + name
                                + "\": \"" + value + "\" is not a date, so it is ignored as in Hugo (use 2006-01-02,"
                                + " 2006-01-02T15:04:05 or 2006-01-02T15:04:05+09:00)"));
            }
        }
        return out;
    }

    /** Every front matter key a date may come from: Hugo's names and the configured [frontmatter] keys. */
    private static java.util.Set<String> dateKeys(SiteConfig config) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        DATE_ALIASES.values().forEach(keys::addAll);
        SiteConfig.FrontMatterDates fmd = config.content().frontMatterDates();
        for (List<String> list : List.of(fmd.date(), fmd.lastmod(), fmd.publishDate(), fmd.expiryDate())) {
            list.stream().filter(k -> !k.startsWith(":")).forEach(keys::add);
        }
        return keys;
    }

    private Optional<ZonedDateTime> modTime(SourcePage source) {
        if (source == null) return Optional.empty();
        try {
            return Optional.of(Files.getLastModifiedTime(source.file())
                    .toInstant()
                    .atZone(config.identity().timeZone()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** Hugo's :filename: a leading 2006-01-02 in the file (or bundle) name gives the date, the rest the slug. */
    record FilenameDate(ZonedDateTime date, String slug) {
        static FilenameDate of(String baseName, SiteConfig config) {
            if (baseName.length() < 10) return null;
            return DateParser.parse(baseName.substring(0, 10), config.identity().timeZone())
                    .map(d -> new FilenameDate(d, baseName.substring(10).replaceAll("^[ _-]+|[ _-]+$", "")))
                    .orElse(null);
        }
    }
}
