package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import site.builder.config.SiteConfig;

class PageSitemapTest {
    private final SiteConfig.Sitemap site = new SiteConfig.Sitemap("weekly", 0.4, "map.xml");

    @Test
    void frontMatterWinsKeyByKeyOverTheSiteSettings() {
        assertEquals(new PageSitemap("weekly", 0.9, "map.xml"), PageSitemap.of(Map.of("Priority", 0.9), site));
        assertEquals(new PageSitemap("daily", 0.4, "map.xml"), PageSitemap.of(Map.of("changefreq", "daily"), site));
        assertEquals(new PageSitemap("weekly", 0.4, "map.xml"), PageSitemap.of(null, site));
    }

    @Test
    void aPageCannotMoveTheSitemapFile() {
        assertEquals(
                "map.xml", PageSitemap.of(Map.of("filename", "other.xml"), site).filename());
    }

    @Test
    void theParamHasHugosFieldNamesAndAWholePriorityAsAnInteger() {
        assertEquals(
                Map.of("ChangeFreq", "yearly", "Priority", 1L, "Filename", "map.xml"),
                PageSitemap.of(Map.of("changefreq", "yearly", "priority", 1), site)
                        .asParam());
        assertEquals(
                0.25, PageSitemap.of(Map.of("priority", 0.25), site).asParam().get("Priority"));
    }
}
