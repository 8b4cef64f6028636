package site.builder.render;

import java.util.IdentityHashMap;
import java.util.Map;
import site.builder.content.Page;
import site.builder.markdown.Rendered;

/** Each page's rendered Markdown, kept beside the pages (content does not know about markdown). */
public final class RenderedPages {
    private final Map<Page, Rendered> byPage;

    public RenderedPages(Map<Page, Rendered> byPage) {
        this.byPage = new IdentityHashMap<>(byPage);
    }

    public Rendered of(Page page) {
        return byPage.getOrDefault(page, Rendered.EMPTY);
    }
}
