package site.builder.content;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the site, of any kind. Its source facts are fixed at creation; the assembler links it
 * into the site (parent, child lists, neighbours, terms) (its rendered content is kept
 * beside it by the builder, since content does not depend on markdown). After assembly a page is only read, from many threads.
 */
public final class Page {
    private final Kind kind;
    /** Replaced only by {@link BodyEdits}, between builds, when the file's body alone was edited. */
    private SourcePage source;

    private final PageMeta meta;
    private final List<String> sectionPath;
    private final String title;

    private final Map<OutputFormat, TargetPath> targets = new EnumMap<>(OutputFormat.class);
    private String permalink = "";
    private String relPermalink = "";
    private ZonedDateTime date;
    /** The date in Unix seconds, which sorting compares many times a page (Go's zero time is year 1). */
    private long dateSeconds;

    private ZonedDateTime lastmod;
    private Page parent;
    private List<Page> pages = List.of();
    private List<Page> regularPages = List.of();
    private List<Page> sections = List.of();
    private Page prevInSection;
    private Page nextInSection;
    private Map<String, List<Page>> terms = Map.of();

    Page(Kind kind, SourcePage source, PageMeta meta, List<String> sectionPath, String title) {
        this.kind = kind;
        this.source = source;
        this.meta = meta;
        this.sectionPath = List.copyOf(sectionPath);
        this.title = title;
        this.date = meta.dates().date();
        this.dateSeconds = seconds(date);
        this.lastmod = meta.dates().lastmod();
    }

    public Kind kind() {
        return kind;
    }

    /** The source file, or null for pages Hugo makes itself (home, sections or terms without _index.md). */
    public SourcePage source() {
        return source;
    }

    public PageMeta meta() {
        return meta;
    }

    public String title() {
        return title;
    }

    public String linkTitle() {
        return meta.linkTitle().isEmpty() ? title : meta.linkTitle();
    }

    /** For list pages their path (["posts","2024"], ["tags","go"]); for regular pages their section's. */
    public List<String> sectionPath() {
        return sectionPath;
    }

    /** The first section segment, "" at the root (Hugo's .Section). */
    public String section() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(0);
    }

    /** Front matter type, else the section, else "page" (Hugo's .Type). */
    public String type() {
        if (!meta.type().isEmpty()) return meta.type();
        return section().isEmpty() ? "page" : section();
    }

    public ZonedDateTime date() {
        return date;
    }

    /** {@link #date} as Unix seconds, Go's zero time (year 1) when the page has none: the order Hugo sorts by. */
    long dateSeconds() {
        return dateSeconds;
    }

    private static long seconds(ZonedDateTime t) {
        return t == null ? -62135596800L : t.toEpochSecond();
    }

    public ZonedDateTime lastmod() {
        return lastmod;
    }

    public String permalink() {
        return permalink;
    }

    public String relPermalink() {
        return relPermalink;
    }

    public TargetPath target(OutputFormat format) {
        return targets.get(format);
    }

    public Map<OutputFormat, TargetPath> targets() {
        return targets;
    }

    public Page parent() {
        return parent;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Page> regularPages() {
        return regularPages;
    }

    public List<Page> sections() {
        return sections;
    }

    public Page prevInSection() {
        return prevInSection;
    }

    public Page nextInSection() {
        return nextInSection;
    }

    /** The page's terms by taxonomy plural, as term pages in the order the front matter lists them. */
    public Map<String, List<Page>> terms() {
        return terms;
    }

    public boolean isHome() {
        return kind == Kind.HOME;
    }

    /** The source path for errors and sorting, "" for generated pages. */
    public String filePath() {
        return source == null ? "" : source.path();
    }

    @Override
    public String toString() {
        return kind.hugoName() + " " + (source != null ? source.path() : String.join("/", sectionPath));
    }

    // --- assembly, package-private: only the content package links pages ---

    void urls(String permalink, String relPermalink) {
        this.permalink = permalink;
        this.relPermalink = relPermalink;
    }

    void target(OutputFormat format, TargetPath path) {
        targets.put(format, path);
    }

    void dates(ZonedDateTime date, ZonedDateTime lastmod) {
        this.date = date;
        this.dateSeconds = seconds(date);
        this.lastmod = lastmod;
    }

    void parent(Page parent) {
        this.parent = parent;
    }

    void source(SourcePage edited) {
        this.source = edited;
    }

    void children(List<Page> pages, List<Page> regularPages, List<Page> sections) {
        this.pages = List.copyOf(pages);
        this.regularPages = List.copyOf(regularPages);
        this.sections = List.copyOf(sections);
    }

    void neighbours(Page prev, Page next) {
        this.prevInSection = prev;
        this.nextInSection = next;
    }

    void terms(Map<String, List<Page>> terms) {
        this.terms = new LinkedHashMap<>(terms);
    }
}
