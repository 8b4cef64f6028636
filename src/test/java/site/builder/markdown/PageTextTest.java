package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summaries, plain text and counts with Hugo's formulas (the Hugo ITs check the same against real Hugo). */
class PageTextTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    private Rendered render(String md, PageContext page) {
        return renderer.render(md, page);
    }

    @Test
    void dividerSplitsSummaryAndRemovesItsParagraph() {
        Rendered r = render("Intro **bold**.\n\n<!--more-->\n\nRest.", PageContext.of(Path.of("p.md")));
        assertEquals("<p>Intro <strong>bold</strong>.</p>", r.summary());
        assertEquals("<p>Intro <strong>bold</strong>.</p>\n<p>Rest.</p>", r.content());
        assertTrue(r.truncated());
    }

    @Test
    void dividerAtTheEndDoesNotTruncate() {
        assertFalse(
                render("Only.\n<!--more-->\n", PageContext.of(Path.of("p.md"))).truncated());
    }

    @Test
    void automaticSummaryStopsAtTheSentenceAfterSummaryLengthWords() {
        Rendered r = render(
                "One two three. Four five six. Seven eight.",
                PageContext.of(Path.of("p.md")).withSummary(4, null));
        assertEquals("One two three. Four five six.", r.summary());
        assertTrue(r.truncated());
    }

    @Test
    void frontMatterSummaryIsMarkdownWithoutTheParagraph() {
        Rendered r = render("Body.", PageContext.of(Path.of("p.md")).withSummary(70, "A *fine* summary"));
        assertEquals("A <em>fine</em> summary", r.summary());
        assertFalse(r.truncated());
    }

    @Test
    void cjkCountsCharactersOfNonAsciiWords() {
        PageContext cjk = PageContext.of(Path.of("p.md")).withCJKLanguage(true).withSummary(5, null);
        Rendered r = render("안녕하세요 세계 hello", cjk);
        assertEquals(8, r.wordCount());
        assertEquals("안녕하세요", r.summary());
        assertEquals(1, r.readingTime());
        assertEquals(100, r.fuzzyWordCount());
    }

    @Test
    void plainTextKeepsEntitiesAndTurnsParagraphEndsIntoNewlines() {
        assertEquals("A &amp; B\nC\n", PlainText.of("<p>A &amp; <em>B</em></p>\n<p>C</p>\n"));
        assertEquals("x\ny", PlainText.of("x<br>y"));
        assertEquals("1 < 2", PlainText.of("1 < 2"));
    }

    @Test
    void readingTimeUses213WordsAMinute() {
        Rendered r = render("word ".repeat(214), PageContext.of(Path.of("p.md")));
        assertEquals(214, r.wordCount());
        assertEquals(2, r.readingTime());
        assertEquals(300, r.fuzzyWordCount());
    }

    @Test
    void hugoFieldsSplitOnGoWhitespace() {
        assertEquals(List.of("a", "b", "c"), Words.fields(" a\u3000b\u00a0c "));
    }
}
