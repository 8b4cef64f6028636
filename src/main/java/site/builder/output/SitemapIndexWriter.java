package site.builder.output;

import java.time.ZonedDateTime;
import java.util.List;
import site.common.GoDates;
import site.common.GoHtml;

/** Writes the root sitemap.xml of a multilingual site: Hugo 0.111's built-in sitemapindex, byte for byte. */
public final class SitemapIndexWriter {
    /** One language's sitemap: its absolute URL and the site's last change (null: none). */
    public record Sitemap(String loc, ZonedDateTime lastmod) {}

    private SitemapIndexWriter() {}

    public static String write(List<Sitemap> sitemaps) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  ");
        for (Sitemap s : sitemaps) {
            out.append("\n  <sitemap>\n    <loc>")
                    .append(GoHtml.htmlTemplate(s.loc()))
                    .append("</loc>\n    ");
            if (s.lastmod() != null) {
                out.append("\n      <lastmod>")
                        .append(GoDates.numericOffset(s.lastmod()))
                        .append("</lastmod>\n    ");
            }
            out.append("\n  </sitemap>\n  ");
        }
        return out.append("\n</sitemapindex>\n").toString();
    }
}
