package site.builder.render;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled theme's own strings in English and Korean (PaperMod's i18n keys), chosen by the site's language;
 * other languages get English.
 */
public final class ThemeText {
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("read_time", "%d min"), Map.entry("words", "%d words"), Map.entry("toc", "Table of Contents"),
            Map.entry("prev_page", "Prev"), Map.entry("next_page", "Next"), Map.entry("home", "Home"),
            Map.entry("edit_post", "Edit"), Map.entry("code_copy", "copy"), Map.entry("code_copied", "copied!"),
            Map.entry("not_found", "Page not found"), Map.entry("go_home", "Go home"),
            Map.entry("search_none", "No results"), Map.entry("powered_by", "Built with %s in the style of %s"),
            Map.entry("draft", "draft"), Map.entry("share_on", "share %s on %s"),
            Map.entry("series", "Series"), Map.entry("series_part", "part %d of %d"), Map.entry("related", "Related"));
    private static final Map<String, String> KO = Map.ofEntries(
            Map.entry("read_time", "%d분"), Map.entry("words", "%d 단어"), Map.entry("toc", "목차"),
            Map.entry("prev_page", "이전"), Map.entry("next_page", "다음"), Map.entry("home", "홈"),
            Map.entry("edit_post", "수정"), Map.entry("code_copy", "복사"), Map.entry("code_copied", "복사됨!"),
            Map.entry("not_found", "페이지를 찾을 수 없습니다"), Map.entry("go_home", "홈으로"),
            Map.entry("search_none", "결과가 없습니다"), Map.entry("powered_by", "%s로 만들었습니다 · %s 스타일"),
            Map.entry("draft", "초안"), Map.entry("share_on", "%s 글을 %s에 공유"),
            Map.entry("series", "시리즈"), Map.entry("series_part", "%d/%d편"), Map.entry("related", "관련 글"));

    private static final Pattern COUNT = Pattern.compile("\\{\\{-?\\s*\\.(Count)?\\s*-?\\}\\}");

    private final Map<String, String> strings;
    private final Map<String, String> site;

    private ThemeText(Map<String, String> strings, Map<String, String> site) {
        this.strings = strings;
        this.site = site;
    }

    /**
     * The strings for a language code such as "ko", "ko-kr" or "en-us", with the site's own i18n texts
     * (ids lower case) taking precedence.
     */
    public static ThemeText forLanguage(String lang, Map<String, String> site) {
        return new ThemeText(lang.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN, site);
    }

    /**
     * The string for a key, with %s / %d filled from args; a site text gets its first argument where it
     * says {@code {{ .Count }}} or {@code {{ . }}}. An unknown key prints as itself.
     */
    public String get(String key, Object... args) {
        String own = site.get(key.toLowerCase(Locale.ROOT));
        if (own != null) {
            return args.length == 0 ? own : COUNT.matcher(own).replaceAll(Matcher.quoteReplacement(String.valueOf(args[0])));
        }
        String s = strings.getOrDefault(key, key);
        return args.length == 0 ? s : String.format(Locale.ROOT, s, args);
    }
}
