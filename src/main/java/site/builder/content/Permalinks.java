package site.builder.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.UrlPaths;

/** Expands [permalinks] patterns (":year/:month/:slug/") for regular pages and terms, as Hugo does. */
public final class Permalinks {
    private static final Pattern TOKEN = Pattern.compile(":(\\w+)(\\[.+?])?");
    private static final List<String> KNOWN = List.of(
            "year",
            "month",
            "monthname",
            "day",
            "weekday",
            "weekdayname",
            "yearday",
            "section",
            "sections",
            "title",
            "slug",
            "slugorfilename",
            "filename");

    private final Map<String, String> patterns = new HashMap<>();

    /** Validates every pattern up front so a typo fails the build with the key named. */
    public Permalinks(Map<String, String> configured, java.nio.file.Path configFile) {
        configured.forEach((key, pattern) -> {
            Matcher m = TOKEN.matcher(pattern);
            while (m.find()) {
                if (!KNOWN.contains(m.group(1))) {
                    throw new LocatedException(LocatedError.of(
                            configFile,
                            "config: permalinks." + key
                                    + ": unknown token \":" + m.group(1) + "\" in \"" + pattern + "\"; known: :"
                                    + String.join(" :", KNOWN)));
                }
            }
            patterns.put(key.replaceAll("^[ /]+|[ /]+$", ""), pattern);
        });
    }

    /** The expanded pattern for a page whose .Section is {@code section}, or "" when none applies. */
    String expand(String section, Page page) {
        String pattern = patterns.get(section);
        if (pattern == null) return "";
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), page)));
        m.appendTail(out);
        // Hugo query-unescapes the expansion (so '+' from urlize turns into a space) before sanitizing.
        return URLDecoder.decode(
                out.toString().replace("%", "%25").replaceAll("%25([0-9A-Fa-f]{2})", "%$1"), StandardCharsets.UTF_8);
    }

    private static String value(String token, Page page) {
        ZonedDateTime d = page.date() != null ? page.date() : ZonedDateTime.parse("0001-01-01T00:00:00Z");
        return switch (token) {
            case "year" -> String.valueOf(d.getYear());
            case "month" -> String.format("%02d", d.getMonthValue());
            case "monthname" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", d.getDayOfMonth());
            case "weekday" -> String.valueOf(d.getDayOfWeek().getValue() % 7);
            case "weekdayname" -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday" -> String.valueOf(d.getDayOfYear());
            case "section" -> page.section();
            case "sections" -> String.join("/", page.sectionPath());
            case "title" -> UrlPaths.urlize(page.title());
            case "slug" ->
                UrlPaths.urlize(
                        page.meta().slug().isEmpty()
                                ? page.title()
                                : page.meta().slug());
            case "slugorfilename" ->
                page.meta().slug().isEmpty()
                        ? filename(page)
                        : UrlPaths.urlize(page.meta().slug());
            case "filename" -> filename(page);
            default -> ":" + token;
        };
    }

    private static String filename(Page page) {
        return page.source() == null ? "" : UrlPaths.urlize(page.source().contentBaseName());
    }
}
