package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A .html content page as Hugo 0.111.3 treats it (HUGO-FACTS.md; the content-files fixture checks it against Hugo; the
 * summaries at summaryLength 4 are Hugo's for the same pages).
 */
class HtmlPageTextTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
    private final PageContext page = PageContext.of(Path.of("p.html")).withParams(Map.of("title", "Hi"), Map.of());

    @Test
    void theBodyIsNotMarkdownButItsShortcodesAreExpanded() {
        Rendered r = renderer.renderHtml("<p>*not* emphasis, {{< param title >}} &amp; more</p>\n", page);
        assertEquals("<p>*not* emphasis, Hi &amp; more</p>\n", r.content());
        assertEquals("*not* emphasis, Hi &amp; more", r.summary());
        assertEquals(5, r.wordCount());
        assertFalse(r.truncated());
    }

    @Test
    void aDividerMakesTheSourceBeforeItTheSummaryAndOnlyTheRestTheContent() {
        Rendered r = renderer.renderHtml("<p>Intro {{< param title >}}.</p>\n<!--more-->\n\n<p>Rest.</p>\n", page);
        assertEquals("<p>Intro {{< param title >}}.</p>\n", r.summary());
        assertEquals("<p>Rest.</p>\n", r.content());
        assertEquals(1, r.wordCount());
        assertTrue(r.truncated());
    }

    @Test
    void aDividerAtTheVeryStartLeavesAnEmptySummary() {
        Rendered r = renderer.renderHtml("<!--more-->\n<p>Rest of the page.</p>\n", page);
        assertEquals("", r.summary());
        assertEquals("<p>Rest of the page.</p>\n", r.content());
        assertEquals(4, r.wordCount());
        assertTrue(r.truncated());
    }

    @Test
    void theAutomaticSummaryIsPlainTextCutAfterTheSentence() {
        Rendered r = renderer.renderHtml(
                "<div><p>One <b>two</b> three. Four five six. Seven.</p></div>", page.withSummary(4, null));
        assertEquals("One two three. Four five six.", r.summary());
        assertTrue(r.truncated());
    }

    /** An HTML page's text need not end in a newline, which a Markdown page's always does. */
    @Test
    void withoutASentenceEndAfterTheLimitTheSummaryIsTheWholeText() {
        Rendered r = renderer.renderHtml("one two three four five six", page.withSummary(4, null));
        assertEquals("one two three four five six", r.summary());
        assertFalse(r.truncated());
        assertEquals(6, r.wordCount());
        Rendered dot = renderer.renderHtml("one two three four. five", page.withSummary(4, null));
        assertEquals("one two three four. five", dot.summary());
        assertFalse(dot.truncated());
    }

    @Test
    void aCjkSummaryCountsCharactersUpToTheLastWord() {
        PageContext cjk = page.withCJKLanguage(true).withSummary(4, null);
        Rendered cut = renderer.renderHtml("你好 世界朋友 ab", cjk);
        assertEquals("你好 世界", cut.summary());
        assertTrue(cut.truncated());
        assertEquals(7, cut.wordCount());
        Rendered fits = renderer.renderHtml("你好 世 ab", cjk);
        assertEquals("你好 世 ab", fits.summary());
        assertFalse(fits.truncated());
        assertEquals(4, fits.wordCount());
        Rendered oneWord = renderer.renderHtml("你好世界朋友", cjk);
        assertEquals("你好世界", oneWord.summary());
        assertTrue(oneWord.truncated());
        assertEquals(6, oneWord.wordCount());
    }

    @Test
    void textWithoutTagsKeepsItsWhiteSpaceAndAnAngleBracketAtTheEndIsText() {
        PageContext four = page.withSummary(4, null);
        Rendered noTags = renderer.renderHtml("one  two\n\nthree", four);
        assertEquals("one  two\n\nthree", noTags.plain());
        assertEquals("one  two", noTags.summary());
        assertEquals(3, noTags.wordCount());
        assertEquals("x < y z <", renderer.renderHtml("x < y  z <", four).plain());
        assertEquals("a > b c", renderer.renderHtml("a > b  c", four).plain());
        assertEquals("end </", renderer.renderHtml("end </", four).plain());
    }
}
