package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassthroughTest {
    private static final Map<String, Object> MATH = Map.of(
            "goldmark",
            Map.of(
                    "extensions",
                    Map.of(
                            "passthrough",
                            Map.of(
                                    "enable",
                                    true,
                                    "delimiters",
                                    Map.of(
                                            "block",
                                            List.of(List.of("\\[", "\\]"), List.of("$$", "$$")),
                                            "inline",
                                            List.of(List.of("\\(", "\\)")))))));
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(MATH));

    private String render(String md) {
        return renderer.render(md, PageContext.of(Path.of("math.md"))).content();
    }

    @Test
    void inlineMathKeepsBackslashesUnderscoresAndStars() {
        assertEquals(
                "<p>Euler: \\(e^{i\\pi} + 1 = 0\\) and \\(a_1 * b_2 * c\\).</p>\n",
                render("Euler: \\(e^{i\\pi} + 1 = 0\\) and \\(a_1 * b_2 * c\\)."));
    }

    @Test
    void aParagraphOfOnlyInlineMathKeepsItsParagraph() {
        assertEquals("<p>\\(x^2\\)</p>\n", render("\\(x^2\\)"));
    }

    @Test
    void blockMathOnItsOwnLinesStandsAlone() {
        assertEquals(
                "<p>Before</p>\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n<p>after</p>\n",
                render("Before\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\nafter"));
    }

    @Test
    void delimitersInsideCodeStayCode() {
        assertEquals(
                "<p><code>\\(x_1\\)</code></p>\n<pre><code>$$ a_b $$\n</code></pre>\n"
                        .replace("<pre><code>", "<pre tabindex=\"0\"><code>")
                        .replace("</pre>\n", "</pre>"),
                render("`\\(x_1\\)`\n\n```\n$$ a_b $$\n```\n"));
    }

    @Test
    void withoutTheExtensionBackslashParensAreMarkdownEscapes() {
        assertEquals(
                "<p>(<em>a</em>)</p>\n",
                new MarkdownRenderer(MarkdownOptions.defaults())
                        .render("\\(*a*\\)", PageContext.of(Path.of("m.md")))
                        .content());
    }
}
