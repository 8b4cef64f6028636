package site.builder.markdown;

import java.util.List;
import java.util.function.BiFunction;

/** Turns a page's rendered HTML into Hugo's summary, plain text and word counts. */
final class PageText {
    private PageText() {}

    /** @param blocks the page's highlighted blocks, whose text {@code .Plain} takes when they are in the content as put */
    static Rendered summarize(
            String html,
            RawBlocks blocks,
            String toc,
            boolean dividerTruncates,
            PageContext page,
            BiFunction<String, PageContext, String> markdown) {
        return summarize(SummaryDivider.split(html), blocks, toc, dividerTruncates, page, markdown);
    }

    static Rendered summarize(
            SummaryDivider.Parts parts,
            String toc,
            boolean dividerTruncates,
            PageContext page,
            BiFunction<String, PageContext, String> markdown) {
        return summarize(parts, RawBlocks.NONE, toc, dividerTruncates, page, markdown);
    }

    /** @param parts the content and, when the page has a divider, the summary before it */
    private static Rendered summarize(
            SummaryDivider.Parts parts,
            RawBlocks blocks,
            String toc,
            boolean dividerTruncates,
            PageContext page,
            BiFunction<String, PageContext, String> markdown) {
        String content = parts.content();
        String plain = PlainText.of(content, blocks.knownIn(content));
        boolean cjk = page.hasCJKLanguage();
        List<String> words = cjk ? Words.fields(plain) : List.of();
        int wordCount = cjk ? Words.count(words, true) : Words.total(plain);
        int fuzzy = (wordCount + 100) / 100 * 100;
        int readingTime = cjk ? (wordCount + 500) / 501 : (wordCount + 212) / 213;
        String summary;
        boolean truncated;
        if (parts.summary() != null) {
            summary = parts.summary();
            truncated = dividerTruncates;
        } else if (page.frontMatterSummary() != null
                && !page.frontMatterSummary().isEmpty()) {
            summary = trimShortHtml(markdown.apply(page.frontMatterSummary(), page));
            truncated = false;
        } else {
            Words.Truncation auto = cjk
                    ? Words.byRune(words, page.summaryLength())
                    : Words.toWholeSentence(plain, page.summaryLength());
            summary = auto.text();
            truncated = auto.truncated();
        }
        return new Rendered(content, toc, summary, truncated, plain, wordCount, fuzzy, readingTime);
    }

    /** Hugo's TrimShortHTML: a lone paragraph loses its {@code <p>} wrapper. */
    static String trimShortHtml(String html) {
        int firstOpen = html.indexOf("<p");
        int lastOpen = html.lastIndexOf("<p");
        int lastCloseP = html.lastIndexOf("</p>");
        int lastClose = html.lastIndexOf("</");
        if (firstOpen != lastOpen || lastCloseP != lastClose) return html;
        String s = html.strip();
        if (s.startsWith("<p>")) s = s.substring(3);
        if (s.endsWith("</p>")) s = s.substring(0, s.length() - 4);
        return s.strip();
    }
}
