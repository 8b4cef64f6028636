package site.builder.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.common.Values;

/**
 * A page's sitemap settings: its own (or cascaded) {@code sitemap} front matter over the site's {@code [sitemap]}.
 * Hugo puts the merged settings back into {@code .Params.sitemap} with its struct's field names
 * ({@code ChangeFreq}, {@code Priority}, {@code Filename}), so {@link #asParam()} does too.
 *
 * @param priority negative when unset
 */
public record PageSitemap(String changefreq, double priority, String filename) {

    /** The settings for a page whose {@code sitemap} front matter value is {@code own} (null when none). */
    public static PageSitemap of(Object own, SiteConfig.Sitemap site) {
        String changefreq = site.changefreq();
        double priority = site.priority();
        if (own instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                switch (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)) {
                    case "changefreq" -> changefreq = Values.string(e.getValue(), changefreq);
                    case "priority" -> priority = e.getValue() instanceof Number n ? n.doubleValue() : priority;
                    default -> {} // Filename is the site's only; Hugo ignores it per page
                }
            }
        }
        return new PageSitemap(changefreq, priority, site.filename());
    }

    /** The value Hugo's {@code .Params.sitemap} holds; a whole priority as an integer, as Go prints 1.0. */
    public Map<String, Object> asParam() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ChangeFreq", changefreq);
        out.put("Priority", priority == Math.rint(priority) ? (Object) (long) priority : (Object) priority);
        out.put("Filename", filename);
        return out;
    }
}
