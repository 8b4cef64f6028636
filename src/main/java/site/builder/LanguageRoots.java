package site.builder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import site.builder.config.SiteConfig;
import site.builder.output.AliasWriter;
import site.builder.output.PublishTarget;
import site.builder.output.Publisher;
import site.builder.output.SitemapIndexWriter;

/**
 * What a multilingual site has at its root besides the languages' own outputs, as Hugo 0.111 writes it: the
 * sitemap index over each language's sitemap, and a redirect to the default language's home page, at /KEY/ when
 * that language is at the root, else at / (defaultContentLanguageInSubdir). Both count in the default
 * language's column of the summary, as in Hugo's.
 */
final class LanguageRoots {
    private final SiteConfig config;
    private final LanguageSites sites;

    LanguageRoots(SiteConfig config, LanguageSites sites) {
        this.config = config;
        this.sites = sites;
    }

    void write(Publisher root, BuildStats stats) {
        LanguageSites.LanguageSite primary = sites.primary();
        BuildStats column = stats.columns().get(sites.sites().indexOf(primary));
        if (config.kindEnabled("sitemap")) {
            List<SitemapIndexWriter.Sitemap> sitemaps = new ArrayList<>();
            for (LanguageSites.LanguageSite site : sites.sites()) {
                sitemaps.add(new SitemapIndexWriter.Sitemap(
                        absolute(site.place().sitemapFile()),
                        site.index().home().lastmod()));
            }
            // named as the first language's sitemap, by weight (not the default language's), as Hugo 0.111 does
            String name = sites.sites().get(0).config().listing().sitemap().filename();
            root.publish(PublishTarget.of(name), bytes(SitemapIndexWriter.write(sitemaps)));
            column.sitemaps.incrementAndGet();
        }
        String home = primary.index().home().permalink();
        String redirect = sites.languages().defaultInSubdir()
                ? "index.html"
                : primary.language().lang() + "/index.html";
        root.publish(
                PublishTarget.of(redirect),
                bytes(AliasWriter.write(home, primary.language().code())));
        column.aliases.incrementAndGet();
    }

    private String absolute(String file) {
        String base = config.baseURL().isEmpty() ? "/" : config.baseURL();
        return base + file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
