package site.builder.render;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The archive page's groups, as PaperMod's archives layout shows them: years (by publish date, newest first),
 * and in each year its months (by date), each with its pages. Pages without a date are left out. Month names are
 * in the site's content language, as Hugo's GroupByDate "January" gives them (CLDR names: "4월" for ko, "April" for en).
 */
public final class Archive {
    public record Month(String name, List<PageView> pages) {}

    public record Year(int year, int count, List<Month> months) {}

    private Archive() {}

    /** Groups pages already sorted newest first; month names in the language with this tag (e.g. "ko", "en"). */
    public static List<Year> of(List<PageView> pages, String language) {
        Locale locale = language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        Map<Integer, List<PageView>> byYear = new LinkedHashMap<>();
        for (PageView p : pages) {
            if (p.publishDate() != null && p.isPage())
                byYear.computeIfAbsent(p.publishDate().getYear(), y -> new ArrayList<>())
                        .add(p);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, inYear) -> years.add(new Year(year, inYear.size(), months(inYear, locale))));
        return years;
    }

    private static List<Month> months(List<PageView> pages, Locale locale) {
        Map<String, List<PageView>> byMonth = new LinkedHashMap<>();
        for (PageView p : pages) {
            String name = p.date() == null ? "" : p.date().getMonth().getDisplayName(TextStyle.FULL, locale);
            byMonth.computeIfAbsent(name, m -> new ArrayList<>()).add(p);
        }
        return byMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
