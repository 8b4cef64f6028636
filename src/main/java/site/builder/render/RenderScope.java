package site.builder.render;

import java.util.List;
import java.util.Map;
import site.builder.config.SiteConfig;
import site.builder.content.Paginator;
import site.builder.content.SiteIndex;

/** Everything a view needs to answer a template: the site, its config, rendered bodies and pagers. */
public record RenderScope(SiteConfig config, SiteIndex site, RenderedPages rendered, Paginator paginator,
                          Map<String, List<MenuEntry>> menus) {}
