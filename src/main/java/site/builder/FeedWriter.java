package site.builder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import site.builder.config.SiteConfig;
import site.builder.content.FeedPages;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.builder.content.TargetPath;
import site.builder.output.Feed;
import site.builder.output.PublishTarget;
import site.builder.output.Publisher;
import site.builder.output.RssWriter;
import site.builder.render.RenderScope;
import site.builder.render.RenderedPages;
import site.common.Parallel;
import site.common.Values;

/** Hugo's built-in RSS feeds, for the pages whose theme has no feed template of its own. */
final class FeedWriter {
    private final SiteConfig config;
    private final SiteIndex site;
    private final RenderScope scope;

    FeedWriter(SiteConfig config, SiteIndex site, RenderScope scope) {
        this.config = config;
        this.site = site;
        this.scope = scope;
    }

    /**
     * @param out where the language's outputs go
     * @param themeFeed whether the theme writes a page's feed (then it is not written here)
     */
    void write(Publisher out, BuildStats stats, Predicate<Page> themeFeed) {
        RssWriter rss = new RssWriter(config.flags().minify());
        Parallel.forEach(site.allPages(), page -> {
            TargetPath target = page.target(OutputFormat.RSS);
            if (target != null && page.meta().build().rendered() && !themeFeed.test(page)) {
                out.publish(
                        PublishTarget.of(target.file()),
                        rss.write(feed(page, target)).getBytes(StandardCharsets.UTF_8));
                stats.nonPageFiles.incrementAndGet();
            }
        });
    }

    private Feed feed(Page page, TargetPath rss) {
        String siteTitle = config.identity().title();
        String title = page.title();
        List<Page> items = FeedPages.of(page, site, config.listing().rssLimit());
        String channelTitle = title.equals(siteTitle) || title.isEmpty() ? siteTitle : title + " on " + siteTitle;
        String description = "Recent content "
                + (!title.equals(siteTitle) && !title.isEmpty() ? "in " + title + " " : "") + "on " + siteTitle;
        return new Feed(
                channelTitle,
                page.permalink(),
                description,
                config.identity().languageCode(),
                Values.string(config.raw().get("copyright"), ""),
                page.date(),
                config.baseURLNoSlash().isEmpty() ? rss.link() : absolute(rss.link()),
                items.stream()
                        .map(p -> new Feed.Item(
                                p.title(),
                                p.permalink(),
                                p.date(),
                                p.permalink(),
                                scope.rendered()
                                        .of(p, RenderedPages.Part.SUMMARY)
                                        .summary()))
                        .toList());
    }

    private String absolute(String link) {
        String base = config.baseURL();
        return base + (link.startsWith("/") ? link.substring(1) : link);
    }
}
