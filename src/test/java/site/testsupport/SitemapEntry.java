package site.testsupport;

import java.util.List;

/** One sitemap {@code <url>}; fields are the element texts (null when Hugo left the element out). */
public record SitemapEntry(String loc, String lastmod, String changefreq, String priority) {

    static List<SitemapEntry> parseAll(String xml) {
        return XmlDocument.elements(xml, "url").stream()
                .map(e -> new SitemapEntry(
                        XmlDocument.childText(e, "loc"),
                        XmlDocument.childText(e, "lastmod"),
                        XmlDocument.childText(e, "changefreq"),
                        XmlDocument.childText(e, "priority")))
                .toList();
    }
}
