package site.builder.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * One language of the site (Hugo's {@code .Language}), from {@code [languages.KEY]} with the site's keys as
 * fallbacks: {@code title} and {@code languageCode} default to the site's, {@code params} are the site's
 * params with the language's merged over them, {@code menus} are the language's own, else the site's.
 *
 * @param lang the key ("ko", "en"), Hugo's .Lang
 * @param languageName the display name, "" when unset
 * @param weight the sort weight; 0 sorts after every positive weight, as in Hugo
 * @param contentDir the language's own content folder (absolute), or null when it reads the site's
 * @param settings the language's own table as written, for the site settings it overrides (Hugo 0.111 reads
 *                 paginate, paginatePath, permalinks, timeZone and baseURL per language)
 */
public record Language(
        String lang,
        String languageName,
        int weight,
        String languageCode,
        String title,
        Path contentDir,
        Map<String, Object> params,
        Map<String, Object> menus,
        Map<String, Object> settings) {

    /** languageDirection ("rtl", "ltr"), "" when unset: Hugo's .Language.LanguageDirection. */
    public String languageDirection() {
        return site.common.Values.string(settings.get("languagedirection"), "");
    }

    /** The language's code for html lang and feeds: languageCode, else the key. */
    public String code() {
        return languageCode.isEmpty() ? lang : languageCode;
    }
}
