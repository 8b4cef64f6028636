package site.builder;

import site.builder.config.SiteConfig;
import site.builder.render.SiteLanguages;

/**
 * Where one language's site goes in the build's output: its folder ("" or "en/"), whether it writes what the
 * languages share (static files, theme bundles, robots.txt; the first language does), whether it is on its own host
 * (then its folder is its site root: those files, its aliases and its sitemap go there too, in every language), and
 * its sitemap file below that root (a multilingual site has one per language, "ko/sitemap.xml", below the root
 * sitemap index; on its own host "sitemap.xml").
 */
record LanguageOutput(String prefix, boolean shared, boolean ownHost, String sitemapFile, SiteLanguages languages) {

    /** A single-language site: everything at the root, as it always was. */
    static LanguageOutput single(SiteConfig config) {
        return new LanguageOutput("", true, false, config.listing().sitemap().filename(), SiteLanguages.single(config));
    }
}
