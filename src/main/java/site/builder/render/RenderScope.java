package site.builder.render;

import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.Paginator;
import site.builder.content.SiteIndex;

/** Everything a view needs to answer a template: the site, its config, rendered bodies, pagers and assets. */
public record RenderScope(SiteConfig config, SiteIndex site, RenderedPages rendered, Paginator paginator,
                          Map<String, List<MenuEntry>> menus, ThemeAssets assets, MainSectionPages mainSectionPages,
                          String searchPagePath) {

    /** The scope with what the theme derives from the site (its extended CSS, the main-section pages). */
    public RenderScope(SiteConfig config, SiteIndex site, RenderedPages rendered, Paginator paginator,
                       Map<String, List<MenuEntry>> menus) {
        this(config, site, rendered, paginator, menus, ThemeAssets.load(config.sourceDir()),
                MainSectionPages.of(config, site), searchPagePath(site));
    }

    /** Where the page with {@code layout: search} is (its relPermalink), "" when the site has none. */
    private static String searchPagePath(SiteIndex site) {
        return site.regularPages().stream().filter(p -> "search".equals(p.meta().layout())).findFirst()
                .map(p -> p.relPermalink()).orElse("");
    }
}
