package site.builder.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import site.common.GoDates;
import site.common.GoHtml;

/**
 * Writes RSS 2.0 with the exact structure and whitespace of Hugo 0.111's built-in rss.xml. A page sits in many
 * feeds (home, section, each of its terms), so one writer renders each item once; it is safe to share between
 * threads.
 */
public final class RssWriter {
    private final Map<Feed.Item, String> items = new ConcurrentHashMap<>();
    private final boolean minify;

    /** @param minify whether to write minified XML (--minify); each item is minified once, however many feeds hold it */
    public RssWriter(boolean minify) {
        this.minify = minify;
    }

    public String write(Feed feed) {
        String head = head(feed);
        StringBuilder out = new StringBuilder(head.length() + feed.items().size() * 512);
        out.append(minify ? XmlMinifier.minify(head) : head);
        for (Feed.Item item : feed.items()) out.append(items.computeIfAbsent(item, this::item));
        return out.append(minify ? "</channel></rss>" : "\n  </channel>\n</rss>\n")
                .toString();
    }

    private static String head(Feed feed) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <channel>\n")
                .append("    <title>")
                .append(GoHtml.htmlTemplate(feed.title()))
                .append("</title>\n")
                .append("    <link>")
                .append(GoHtml.htmlTemplate(feed.link()))
                .append("</link>\n")
                .append("    <description>")
                .append(GoHtml.htmlTemplate(feed.description()))
                .append("</description>\n")
                .append("    <generator>Hugo -- gohugo.io</generator>");
        if (!feed.language().isEmpty()) {
            out.append("\n    <language>")
                    .append(GoHtml.htmlTemplate(feed.language()))
                    .append("</language>");
        }
        if (!feed.copyright().isEmpty()) {
            out.append("\n    <copyright>")
                    .append(GoHtml.htmlTemplate(feed.copyright()))
                    .append("</copyright>");
        }
        if (feed.lastBuildDate() != null) {
            out.append("\n    <lastBuildDate>")
                    .append(GoDates.rfc1123z(feed.lastBuildDate()))
                    .append("</lastBuildDate>");
        }
        out.append("<atom:link href=\"")
                .append(feed.selfLink())
                .append("\" rel=\"self\" type=\"application/rss+xml\" />");
        return out.toString();
    }

    private String item(Feed.Item item) {
        String xml = new StringBuilder(256 + item.description().length())
                .append("\n    <item>\n")
                .append("      <title>")
                .append(GoHtml.htmlTemplate(item.title()))
                .append("</title>\n")
                .append("      <link>")
                .append(GoHtml.htmlTemplate(item.link()))
                .append("</link>\n")
                .append("      <pubDate>")
                .append(GoDates.rfc1123z(item.pubDate()))
                .append("</pubDate>\n")
                .append("      \n")
                .append("      <guid>")
                .append(GoHtml.htmlTemplate(item.guid()))
                .append("</guid>\n")
                .append("      <description>")
                .append(GoHtml.htmlFunction(item.description()))
                .append("</description>\n")
                .append("    </item>\n    ")
                .toString();
        return minify ? XmlMinifier.minify(xml) : xml;
    }
}
