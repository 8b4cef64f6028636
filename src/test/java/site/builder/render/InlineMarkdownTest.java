package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineMarkdownTest {
    @Test
    void rendersStrongEmphasisCodeAndLinks() {
        assertEquals(
                "Welcome to <strong>my</strong> <em>blog</em> about <code>jte</code>, see <a href=\"/about/\">me</a>",
                InlineMarkdown.toHtml("Welcome to **my** *blog* about `jte`, see [me](/about/)"));
    }

    @Test
    void escapesHtmlInTheText() {
        assertEquals(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>bold</strong>",
                InlineMarkdown.toHtml("<script>alert(1)</script> & **bold**"));
    }

    @Test
    void leavesPlainTextAndEmptyValuesAlone() {
        assertEquals("© 2024 홍길동", InlineMarkdown.toHtml("© 2024 홍길동"));
        assertEquals("", InlineMarkdown.toHtml(null));
        assertEquals("snake_case_name", InlineMarkdown.toHtml("snake_case_name"));
    }
}
