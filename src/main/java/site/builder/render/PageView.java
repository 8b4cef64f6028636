package site.builder.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.config.Language;
import site.builder.content.FeedPages;
import site.builder.content.Kind;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.Pager;
import site.builder.content.TargetPath;
import site.builder.markdown.Rendered;
import site.common.GoHtml;
import site.common.GoLayout;
import site.common.Maps;
import site.common.Values;

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

    public Page page() {
        return page;
    }

    public SiteView site() {
        return new SiteView(scope);
    }

    public String kind() {
        return page.kind().hugoName();
    }

    public boolean isHome() {
        return page.kind() == Kind.HOME;
    }

    public boolean isPage() {
        return page.kind() == Kind.PAGE;
    }

    public boolean isSection() {
        return page.kind() == Kind.SECTION;
    }

    public boolean isList() {
        return page.kind().isList();
    }

    public String title() {
        return page.title();
    }

    public String linkTitle() {
        return page.linkTitle();
    }

    public String description() {
        return page.meta().description();
    }

    public String permalink() {
        return page.permalink();
    }

    public String relPermalink() {
        return page.relPermalink();
    }

    public String section() {
        return page.section();
    }

    public String type() {
        return page.type();
    }

    public ZonedDateTime date() {
        return page.date();
    }

    public ZonedDateTime lastmod() {
        return page.lastmod();
    }

    public boolean hasDate() {
        return page.date() != null;
    }

    /** The date with a java.time pattern, "" when the page has none. */
    public String date(String pattern) {
        return page.date() == null ? "" : page.date().format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }

    public ZonedDateTime publishDate() {
        return page.meta().dates().publishDate();
    }

    /**
     * The date with a Go layout ("2006-01-02"), as Hugo's time.Format: full month and weekday names in the page's
     * language ("3월 5, 2024" on a Korean site); "" when the page has none.
     */
    public String formatDate(String goLayout) {
        return page.date() == null ? "" : GoLayout.format(page.date(), goLayout, dateNames());
    }

    /** The language's month and weekday names; English for a key that names no language Java knows. */
    private Locale dateNames() {
        Locale locale = Locale.forLanguageTag(lang());
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    /**
     * The last-modified date in a Go layout when it falls on another day than the date (in that layout), else "":
     * what a "last updated" note shows.
     */
    public String formatLastmodIfLater(String goLayout) {
        if (page.date() == null || page.lastmod() == null || !page.lastmod().isAfter(page.date())) return "";
        String lastmod = GoLayout.format(page.lastmod(), goLayout, dateNames());
        return lastmod.equals(formatDate(goLayout)) ? "" : lastmod;
    }

    /** Front matter {@code layout} ("archives", "search"), "" when none. */
    public String layout() {
        return page.meta().layout() == null ? "" : page.meta().layout();
    }

    public boolean draft() {
        return page.meta().draft();
    }

    public List<String> keywords() {
        return page.meta().keywords();
    }

    public Rendered rendered() {
        return scope.rendered().of(page);
    }

    /** The content as plain text (tags removed), as the search index holds it. */
    public String plain() {
        return part(RenderedPages.Part.PLAIN).plain();
    }

    private Rendered part(RenderedPages.Part part) {
        return scope.rendered().of(page, part);
    }

    public String content() {
        return part(RenderedPages.Part.CONTENT).content();
    }

    /** The content with "#" anchors in its headings, unless the param disableAnchoredHeadings is set. */
    public String anchoredContent() {
        return flag("disableAnchoredHeadings") ? content() : HtmlText.anchorHeadings(content());
    }

    public String summary() {
        return part(RenderedPages.Part.SUMMARY).summary();
    }

    public boolean truncated() {
        return part(RenderedPages.Part.SUMMARY).truncated();
    }

    public String tableOfContents() {
        return part(RenderedPages.Part.TABLE_OF_CONTENTS).tableOfContents();
    }

    /** Whether the page links Mermaid: param {@code mermaid} (page, then site) if set, else a ```mermaid block in it. */
    public boolean usesMermaid() {
        return explicitOr("mermaid", () -> ClientLibraries.mermaid(content()));
    }

    /** Whether the page links KaTeX: param {@code math} (page, then site) if set, else math delimiters in its text. */
    public boolean usesMath() {
        return explicitOr("math", () -> ClientLibraries.math(content()));
    }

    private boolean explicitOr(String key, java.util.function.BooleanSupplier detected) {
        Object set = param(key);
        return set != null ? Values.bool(set, false) : isPage() && detected.getAsBoolean();
    }

    /** The summary as text (tags removed, entities kept), for meta descriptions and list entries. */
    public String plainSummary() {
        return HtmlText.plain(summary());
    }

    /** params.author of the page, else of the site; a list prints comma-separated ("" when none). */
    public String author() {
        Object own = Maps.at(params(), "author");
        Object author =
                own != null && !"".equals(own) ? own : Maps.at(scope.config().params(), "author");
        return author == null ? "" : String.join(", ", Values.strings(author));
    }

    public int readingTime() {
        return part(RenderedPages.Part.READING_TIME).readingTime();
    }

    public int wordCount() {
        return part(RenderedPages.Part.WORD_COUNT).wordCount();
    }

    public Map<String, Object> params() {
        return page.meta().params();
    }

    /** A page param by (dotted, case-insensitive) key, falling back to the site's params, as Hugo's .Param. */
    public Object param(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        Object v = Maps.at(params(), k);
        return v != null ? v : Maps.at(scope.config().params(), k);
    }

    /** A page-then-site param as a boolean ("true" counts), false when unset. */
    public boolean flag(String key) {
        return Values.bool(param(key), false);
    }

    /** A page-then-site param as text, "" when unset. */
    public String text(String key) {
        return Values.string(param(key), "");
    }

    /** A page's own front matter value by dotted key (no site fallback), "" when unset. */
    public String own(String key) {
        return Values.string(Maps.at(params(), key.toLowerCase(Locale.ROOT)), "");
    }

    public List<PageView> pages() {
        return views(page.pages());
    }

    public List<PageView> regularPages() {
        return views(page.regularPages());
    }

    /** A taxonomy page's terms by title, case-insensitively (PaperMod's terms list). */
    public List<PageView> termsAlphabetical() {
        return pages().stream()
                .sorted(java.util.Comparator.comparing((PageView p) -> p.title().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The table of contents as its list only, without Hugo's nav wrapper (PaperMod's TOC box). */
    public String tocList() {
        return tableOfContents()
                .replaceFirst("^\\s*<nav id=\"TableOfContents\">", "")
                .replaceFirst("</nav>\\s*$", "")
                .strip();
    }

    /**
     * Whether the TOC moves beside the article on wide screens (js/toc-side.js): ShowToc with a TOC, unless the
     * param TocSide is false.
     */
    public boolean tocSide() {
        return flag("ShowToc") && !tocList().isEmpty() && Values.bool(param("TocSide"), true);
    }

    public List<PageView> sections() {
        return views(page.sections());
    }

    public PageView parent() {
        return view(page.parent());
    }

    public PageView prevInSection() {
        return view(page.prevInSection());
    }

    public PageView nextInSection() {
        return view(page.nextInSection());
    }

    /** The sections and taxonomy above this page, outermost first, without the home page (breadcrumbs). */
    public List<PageView> ancestors() {
        List<PageView> out = new ArrayList<>();
        for (Page p = page.parent(); p != null && p.kind() != Kind.HOME; p = p.parent()) out.add(view(p));
        Collections.reverse(out);
        return out;
    }

    /** The neighbour among the main-section pages, {@code step} places on (PaperMod's prev/next links). */
    public PageView mainSectionNeighbour(int step) {
        return view(scope.mainSectionPages().neighbour(page, step));
    }

    /**
     * Each series the page is in ({@code series} taxonomy): its term page, the page's place (from 1) among its
     * posts oldest first, how many there are, and at most {@code shown} posts around the page, the page among them.
     */
    public List<Series> series(int shown) {
        List<Series> out = new ArrayList<>();
        for (Page term : page.terms().getOrDefault(RelatedContent.SERIES, List.of())) {
            RelatedContent.SeriesPosts s = scope.related().series(term);
            int at = s.positions().getOrDefault(page, 0), size = s.posts().size();
            int from = Math.max(0, Math.min(at - shown / 2, size - shown));
            out.add(new Series(view(term), at + 1, size, views(s.posts().subList(from, Math.min(size, from + shown)))));
        }
        return out;
    }

    /** One series as a page shows it: see {@link #series(int)}. */
    public record Series(PageView term, int position, int size, List<PageView> nearby) {}

    /** Hugo's {@code .Site.RegularPages.Related .} (config {@code [related]}), at most {@code limit} pages, best first. */
    public List<PageView> related(int limit) {
        return views(scope.related().related(page, limit));
    }

    /** The page's terms in one taxonomy (e.g. "tags"), in front matter order. */
    public List<PageView> terms(String taxonomy) {
        return views(page.terms().getOrDefault(taxonomy.toLowerCase(Locale.ROOT), List.of()));
    }

    /** The pager being rendered (list pages); null on regular pages. */
    public Pager paginator() {
        return pager;
    }

    public List<PageView> paginatorPages() {
        return pager == null ? List.of() : views(pager.pages());
    }

    /**
     * The entries a list page shows on this pager: the pager's pages, on the home page only those of the main
     * sections that are not {@code hiddenInHomeList} (PaperMod's home list).
     */
    public List<PageView> listEntries() {
        if (!isHome()) return paginatorPages();
        return paginatorPages().stream()
                .filter(p -> scope.mainSectionPages().positions().containsKey(p.page())
                        && !p.own("hiddenInHomeList").equals("true"))
                .toList();
    }

    /** The permalink of one of the page's other outputs (e.g. "RSS"), or "" when it has none. */
    public String outputLink(String format) {
        TargetPath t = OutputFormat.named(format).map(page::target).orElse(null);
        return t == null ? "" : scope.config().baseURLNoSlash() + t.link();
    }

    /** The page's other outputs (RSS, JSON), Hugo's AlternativeOutputFormats, for head links. */
    public List<OutputLink> alternativeOutputs() {
        List<OutputLink> out = new ArrayList<>();
        for (OutputFormat f : OutputFormat.values()) {
            TargetPath t = f == OutputFormat.HTML ? null : page.target(f);
            if (t != null)
                out.add(new OutputLink(f.name(), f.mediaType(), scope.config().baseURLNoSlash() + t.link()));
        }
        return out;
    }

    public record OutputLink(String name, String mediaType, String permalink) {}

    /** The pages a feed of this page lists (FeedPages: Hugo's choice, the first rssLimit of them). */
    public List<PageView> feedPages() {
        return views(FeedPages.of(page, scope.site(), scope.config().listing().rssLimit()));
    }

    /**
     * A feed item's description for printing escaped: the front matter description, escaped once more (PaperMod
     * escapes it with {@code html} before the template escapes it again), else the summary HTML.
     */
    public String feedDescription() {
        return description().isEmpty() ? summary() : GoHtml.escape(description());
    }

    /** The page's language key (Hugo's .Lang). */
    public String lang() {
        return language().lang();
    }

    /** The page's language (Hugo's .Language): lang(), languageName(), weight(), languageCode(), title(). */
    public Language language() {
        return scope.languages().of(page);
    }

    /** The page in the other languages, in language order (Hugo's .Translations); empty when it has none. */
    public List<PageView> translations() {
        return views(scope.languages().translations().others(page));
    }

    /** The page and its translations in language order (Hugo's .AllTranslations). */
    public List<PageView> allTranslations() {
        return views(scope.languages().translations().all(page));
    }

    /** Whether the page has translations (Hugo's .IsTranslated). */
    public boolean isTranslated() {
        return !scope.languages().translations().others(page).isEmpty();
    }

    public List<PageView> views(List<Page> pages) {
        return pages.stream().map(p -> new PageView(p, scope, null)).toList();
    }

    private PageView view(Page p) {
        return p == null ? null : new PageView(p, scope, null);
    }
}
