package site.builder.render;

import java.util.List;
import site.builder.config.Language;
import site.builder.config.Languages;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.Translations;

/**
 * What templates know about the site's languages while one language's site renders: all languages, the current
 * one, the translations between their pages, and the site's base URL (each language's config carries the base URL
 * with its prefix, "https://example.org/en/", which Hugo's .Site.BaseURL and absURL do not).
 */
public record SiteLanguages(Languages languages, Language current, String baseURL, Translations translations) {

    /** A single-language site: its one language, no translations. */
    public static SiteLanguages single(SiteConfig config) {
        Languages languages = Languages.of(config);
        return new SiteLanguages(languages, languages.defaultLanguage(), config.baseURL(), Translations.NONE);
    }

    public boolean multilingual() {
        return languages.multilingual();
    }

    public List<Language> all() {
        return languages.all();
    }

    /** The language a page belongs to: its site's, when it is another language's translation that one's. */
    public Language of(Page page) {
        String lang = translations.langOf(page);
        if (lang == null || lang.equals(current.lang())) return current;
        return languages.all().stream()
                .filter(l -> l.lang().equals(lang))
                .findFirst()
                .orElse(current);
    }
}
