package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A .html content page as Hugo 0.111.3 treats it (HUGO-FACTS.md; the content-files fixture checks it against Hugo). */
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
}
