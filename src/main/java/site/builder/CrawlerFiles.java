package site.builder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.PageSitemap;
import site.builder.content.SiteIndex;
import site.builder.output.PublishTarget;
import site.builder.output.Publisher;
import site.builder.output.SitemapWriter;

/** The files for search engines' crawlers: a language's sitemap and the site's robots.txt. */
final class CrawlerFiles {
    private final SiteConfig config;
    private final SiteIndex site;

    CrawlerFiles(SiteConfig config, SiteIndex site) {
        this.config = config;
        this.site = site;
    }

    /** @param root the site root: the sitemap goes to {@code place.sitemapFile()} below it, robots.txt at its top */
    void write(Publisher root, LanguageOutput place, BuildStats stats) {
        if (config.kindEnabled("sitemap")) {
            List<SitemapWriter.Entry> entries = site.pages().stream()
                    .filter(p -> p.meta().build().listed() && !p.permalink().isEmpty())
                    .map(p -> sitemapEntry(p, place))
                    .toList();
            root.publish(
                    PublishTarget.page(place.sitemapFile(), config.flags().minify()),
                    SitemapWriter.write(entries).getBytes(StandardCharsets.UTF_8));
            stats.sitemaps.incrementAndGet();
        }
        if (place.shared() && config.flags().enableRobotsTXT() && config.kindEnabled("robotstxt")) {
            root.publish(PublishTarget.of("robots.txt"), "User-agent: *".getBytes(StandardCharsets.UTF_8));
        }
    }

    private SitemapWriter.Entry sitemapEntry(Page p, LanguageOutput place) {
        PageSitemap own = PageSitemap.of(
                p.meta().params().get("sitemap"), config.listing().sitemap());
        return new SitemapWriter.Entry(
                p.permalink(), p.lastmod(), own.changefreq(), own.priority(), alternates(p, place));
    }

    /** A translated page's xhtml:link alternates: its translations in language order, then itself (Hugo's template). */
    private static List<SitemapWriter.Alternate> alternates(Page page, LanguageOutput place) {
        List<Page> others = place.languages().translations().others(page);
        if (others.isEmpty()) return List.of();
        List<SitemapWriter.Alternate> out = new ArrayList<>();
        for (Page p : others)
            out.add(new SitemapWriter.Alternate(place.languages().of(p).lang(), p.permalink()));
        out.add(new SitemapWriter.Alternate(place.languages().current().lang(), page.permalink()));
        return out;
    }
}
