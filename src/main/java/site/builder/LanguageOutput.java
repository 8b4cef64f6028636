package site.builder;

import site.builder.config.SiteConfig;
import site.builder.render.SiteLanguages;

/**
 * Where one language's site goes in the build's output: its folder ("" or "en/"), whether it writes what the
 * languages share (static files, theme bundles, robots.txt; the first language does), and its sitemap file
 * (a multilingual site has one per language, "ko/sitemap.xml", below the root sitemap index).
 */
record LanguageOutput(String prefix, boolean shared, String sitemapFile, SiteLanguages languages) {

    /** A single-language site: everything at the root, as it always was. */
    static LanguageOutput single(SiteConfig config) {
        return new LanguageOutput("", true, config.sitemap().filename(), SiteLanguages.single(config));
    }
}
