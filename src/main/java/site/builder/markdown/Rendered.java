package site.builder.markdown;

/** A page body rendered: Hugo's .Content, .TableOfContents, .Summary, .Truncated, .Plain and counts. */
public record Rendered(String content, String tableOfContents, String summary, boolean truncated, String plain,
                       int wordCount, int fuzzyWordCount, int readingTime) {
    public static final Rendered EMPTY = new Rendered("", "", "", false, "", 0, 0, 0);
}
