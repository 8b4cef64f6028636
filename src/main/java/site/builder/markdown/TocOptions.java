package site.builder.markdown;

/** Hugo's [markup.tableOfContents]: which heading levels the TOC lists, and list type. */
public record TocOptions(int startLevel, int endLevel, boolean ordered) {
    public static final TocOptions DEFAULT = new TocOptions(2, 3, false);

    static TocOptions from(ConfigTable toc) {
        return new TocOptions(toc.integer("startlevel", 2), toc.integer("endlevel", 3), toc.bool("ordered", false));
    }
}
