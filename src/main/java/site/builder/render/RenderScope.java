package site.builder.render;

import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.Paginator;
import site.builder.content.SiteIndex;

/** Everything a view needs to answer a template: the site, its config, rendered bodies, pagers and assets. */
public record RenderScope(
        SiteConfig config,
        SiteIndex site,
        RenderedPages rendered,
        Paginator paginator,
        Map<String, List<MenuEntry>> menus,
        ThemeAssets assets,
        MainSectionPages mainSectionPages,
        String searchPagePath,
        Map<String, AssetBundle> bundles,
        RelatedContent related,
        UsedResources usedResources,
        SiteLanguages languages) {

    /**
     * The scope with what the theme derives from the site (its extended CSS, the main-section pages, series,
     * related) and the theme's bundles by name (ThemeBundles).
     */
    public RenderScope(
            SiteConfig config,
            SiteIndex site,
            RenderedPages rendered,
            Paginator paginator,
            Map<String, List<MenuEntry>> menus,
            Map<String, AssetBundle> bundles,
            SiteLanguages languages) {
        this(
                config,
                site,
                rendered,
                paginator,
                menus,
                ThemeAssets.load(config.sourceDir(), languages(config)),
                MainSectionPages.of(config, site),
                searchPagePath(site),
                bundles,
                new RelatedContent(config, site),
                new UsedResources(),
                languages);
    }

    /** The site's language codes for i18n files, most specific first: "ko-kr", "ko". */
    private static List<String> languages(SiteConfig config) {
        String code = config.languageTag();
        int dash = code.indexOf('-');
        return dash > 0 ? List.of(code, code.substring(0, dash)) : List.of(code);
    }

    /** Where the page with {@code layout: search} is (its relPermalink), "" when the site has none. */
    private static String searchPagePath(SiteIndex site) {
        return site.regularPages().stream()
                .filter(p -> "search".equals(p.meta().layout()))
                .findFirst()
                .map(p -> p.relPermalink())
                .orElse("");
    }
}
