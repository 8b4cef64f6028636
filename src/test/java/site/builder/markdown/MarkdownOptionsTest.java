package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.builder.markdown.highlight.HighlightOptions;

class MarkdownOptionsTest {

    @Test
    void missingKeysTakeHugoDefaults() {
        MarkdownOptions o = MarkdownOptions.fromConfig(Map.of());
        assertFalse(o.goldmark().unsafe());
        assertTrue(o.goldmark().typographer()
                && o.goldmark().linkify()
                && o.goldmark().footnote());
        assertEquals("github", o.goldmark().autoHeadingIdType());
        assertTrue(o.highlight().codeFences() && o.highlight().noClasses());
        assertEquals("monokai", o.highlight().style());
        assertEquals(TocOptions.DEFAULT, o.tableOfContents());
        assertFalse(o.goldmark().passthrough().enabled());
    }

    @Test
    void readsLowerCasedMarkupTable() {
        MarkdownOptions o = MarkdownOptions.fromConfig(Map.of(
                "goldmark",
                        Map.of(
                                "renderer",
                                Map.of("unsafe", true, "hardwraps", "true"),
                                "extensions",
                                Map.of(
                                        "typographer",
                                        Map.of("disable", true),
                                        "passthrough",
                                        Map.of(
                                                "enable",
                                                true,
                                                "delimiters",
                                                Map.of("inline", List.of(List.of("$", "$"), List.of("bad")))))),
                "highlight", Map.of("linenos", "table", "linenostart", 5L, "noclasses", false),
                "tableofcontents", Map.of("startlevel", 1, "ordered", true)));
        assertTrue(o.goldmark().unsafe() && o.goldmark().hardWraps());
        assertFalse(o.goldmark().typographer());
        assertEquals(
                List.of(new GoldmarkOptions.Delimiters("$", "$")),
                o.goldmark().passthrough().inline());
        assertEquals(HighlightOptions.LineNumbers.TABLE, o.highlight().lineNos());
        assertEquals(5, o.highlight().lineNoStart());
        assertFalse(o.highlight().noClasses());
        assertEquals(new TocOptions(1, 3, true), o.tableOfContents());
    }

    @Test
    void wrongTypesFallBackToDefaultsInsteadOfFailing() {
        MarkdownOptions o =
                MarkdownOptions.fromConfig(Map.of("goldmark", "nonsense", "highlight", Map.of("linenostart", "x")));
        assertEquals(1, o.highlight().lineNoStart());
        assertFalse(o.goldmark().unsafe());
    }
}
