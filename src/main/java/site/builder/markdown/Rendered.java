package site.builder.markdown;

/**
 * One page's rendered Markdown, with Hugo's names: {@code .Content}, {@code .TableOfContents}, {@code .Summary},
 * {@code .Truncated}, {@code .Plain}, {@code .WordCount}, {@code .FuzzyWordCount}, {@code .ReadingTime}.
 */
public record Rendered(
        String content,
        String tableOfContents,
        String summary,
        boolean truncated,
        String plain,
        int wordCount,
        int fuzzyWordCount,
        int readingTime) {

    /** Nothing rendered: pages without a body, and pages whose body failed (the error is reported). */
    public static final Rendered EMPTY = new Rendered("", "", "", false, "", 0, 0, 0);

    /** The same text without a table of contents. */
    public Rendered withoutTableOfContents() {
        return new Rendered(content, "", summary, truncated, plain, wordCount, fuzzyWordCount, readingTime);
    }
}
