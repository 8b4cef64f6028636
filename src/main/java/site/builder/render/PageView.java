package site.builder.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.content.Kind;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.Pager;
import site.builder.content.TargetPath;
import site.builder.markdown.Rendered;
import site.common.Maps;

/**
 * A page as templates see it: Hugo's page variables under their Hugo names (lower camel case), and
 * for list pages the pager being rendered. Cheap to create; nothing is computed until asked.
 */
public final class PageView {
    private final Page page;
    private final RenderScope scope;
    private final Pager pager;

    public PageView(Page page, RenderScope scope, Pager pager) {
        this.page = page;
        this.scope = scope;
        this.pager = pager;
    }

    public Page page() { return page; }

    public SiteView site() { return new SiteView(scope); }

    public String kind() { return page.kind().hugoName(); }

    public boolean isHome() { return page.kind() == Kind.HOME; }

    public boolean isPage() { return page.kind() == Kind.PAGE; }

    public boolean isSection() { return page.kind() == Kind.SECTION; }

    public boolean isList() { return page.kind().isList(); }

    public String title() { return page.title(); }

    public String linkTitle() { return page.linkTitle(); }

    public String description() { return page.meta().description(); }

    public String permalink() { return page.permalink(); }

    public String relPermalink() { return page.relPermalink(); }

    public String section() { return page.section(); }

    public String type() { return page.type(); }

    public ZonedDateTime date() { return page.date(); }

    public ZonedDateTime lastmod() { return page.lastmod(); }

    public boolean hasDate() { return page.date() != null; }

    /** The date with a java.time pattern, "" when the page has none. */
    public String date(String pattern) {
        return page.date() == null ? "" : page.date().format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }

    public boolean draft() { return page.meta().draft(); }

    public List<String> keywords() { return page.meta().keywords(); }

    public Rendered rendered() { return scope.rendered().of(page); }

    public String content() { return rendered().content(); }

    public String summary() { return rendered().summary(); }

    public boolean truncated() { return rendered().truncated(); }

    public String tableOfContents() { return rendered().tableOfContents(); }

    public int readingTime() { return rendered().readingTime(); }

    public int wordCount() { return rendered().wordCount(); }

    public Map<String, Object> params() { return page.meta().params(); }

    /** A page param by (dotted, case-insensitive) key, falling back to the site's params, as Hugo's .Param. */
    public Object param(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        Object v = Maps.at(params(), k);
        return v != null ? v : Maps.at(scope.config().params(), k);
    }

    public List<PageView> pages() { return views(page.pages()); }

    public List<PageView> regularPages() { return views(page.regularPages()); }

    public List<PageView> sections() { return views(page.sections()); }

    public PageView parent() { return view(page.parent()); }

    public PageView prevInSection() { return view(page.prevInSection()); }

    public PageView nextInSection() { return view(page.nextInSection()); }

    /** The page's terms in one taxonomy (e.g. "tags"), in front matter order. */
    public List<PageView> terms(String taxonomy) {
        return views(page.terms().getOrDefault(taxonomy.toLowerCase(Locale.ROOT), List.of()));
    }

    /** The pager being rendered (list pages); null on regular pages. */
    public Pager paginator() { return pager; }

    public List<PageView> paginatorPages() { return pager == null ? List.of() : views(pager.pages()); }

    /** The permalink of one of the page's other outputs (e.g. "RSS"), or "" when it has none. */
    public String outputLink(String format) {
        TargetPath t = OutputFormat.named(format).map(page::target).orElse(null);
        return t == null ? "" : scope.config().baseURLNoSlash() + t.link();
    }

    public List<PageView> views(List<Page> pages) {
        return pages.stream().map(p -> new PageView(p, scope, null)).toList();
    }

    private PageView view(Page p) {
        return p == null ? null : new PageView(p, scope, null);
    }
}
