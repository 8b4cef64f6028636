package site.builder.render;

import site.builder.config.Language;

/**
 * One language's site as another language's templates see it in Hugo's {@code .Sites}: enough to link to it
 * (a language list, "read this in English"), not its pages.
 *
 * @param title the language's title ({@code .Title}), the site's when it sets none
 * @param baseURL the language's {@code .BaseURL}: the site's, or its own on its own host
 * @param home its home page ({@code .Home}: {@code home().permalink()})
 */
public record SitesEntry(Language language, String title, String baseURL, PageView home) {

    /** The language's key, {@code .Language.Lang}. */
    public String lang() {
        return language.lang();
    }
}
