package site.builder.output;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import site.common.GoDates;
import site.common.GoHtml;

/** Writes sitemap.xml with the structure and whitespace of Hugo 0.111's built-in template. */
public final class SitemapWriter {
    /**
     * One URL; lastmod null when unknown, changefreq "" and priority negative when unset; alternates the
     * xhtml:link lines of a translated page (empty otherwise).
     */
    public record Entry(
            String loc, ZonedDateTime lastmod, String changefreq, double priority, List<Alternate> alternates) {
        public Entry(String loc, ZonedDateTime lastmod, String changefreq, double priority) {
            this(loc, lastmod, changefreq, priority, List.of());
        }
    }

    /** A language version of a page: its language key and permalink. */
    public record Alternate(String lang, String href) {}

    private SitemapWriter() {}

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder(256 + entries.size() * 160);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n")
                .append("  xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n  ");
        for (Entry e : entries) {
            out.append("<url>\n    <loc>").append(GoHtml.htmlTemplate(e.loc())).append("</loc>");
            if (e.lastmod() != null)
                out.append("\n    <lastmod>")
                        .append(GoDates.numericOffset(e.lastmod()))
                        .append("</lastmod>");
            if (!e.changefreq().isEmpty())
                out.append("\n    <changefreq>")
                        .append(GoHtml.htmlTemplate(e.changefreq()))
                        .append("</changefreq>");
            if (e.priority() >= 0)
                out.append("\n    <priority>").append(goFloat(e.priority())).append("</priority>");
            for (Alternate a : e.alternates()) {
                out.append("\n    <xhtml:link\n                rel=\"alternate\"\n                hreflang=\"")
                        .append(GoHtml.htmlTemplate(a.lang()))
                        .append("\"\n                href=\"")
                        .append(GoHtml.htmlTemplate(a.href()))
                        .append("\"\n                />");
            }
            out.append("\n  </url>");
        }
        return out.append("\n</urlset>\n").toString();
    }

    /** Go prints floats in their shortest form: 0.5, 1. */
    private static String goFloat(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
