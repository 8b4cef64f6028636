package site.builder.render;

import site.builder.config.SiteConfig;
import site.builder.content.Paginator;
import site.builder.content.SiteIndex;

/** Everything a view needs to answer a template: the site, its config, rendered bodies and pagers. */
public record RenderScope(SiteConfig config, SiteIndex site, RenderedPages rendered, Paginator paginator,
                          java.util.Map<String, java.util.List<MenuEntry>> menus) {}
