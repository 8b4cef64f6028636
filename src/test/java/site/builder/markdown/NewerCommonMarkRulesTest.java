package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CommonMark 0.30+ rules goldmark follows and flexmark 0.64 lacks; expected HTML as Hugo 0.111.3 writes it. */
class NewerCommonMarkRulesTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(
            MarkdownOptions.fromConfig(Map.of("goldmark", Map.of("renderer", Map.of("unsafe", true)))));

    private String render(String md) {
        return renderer.render(md, PageContext.of(Path.of("p.md"))).content();
    }

    @Test
    void angleBracketDestinationsTakeSpacesAndMustBeClosed() {
        assertEquals(
                "<p><a href=\"my%20file.pdf\">doc</a> and [a](&lt;b)c</p>\n",
                render("[doc](<my file.pdf>) and [a](<b)c\n"));
    }

    @Test
    void aTitleWithoutSpaceBeforeItDefinesNothing() {
        assertEquals("<p>[a]: <b>(c)</p>\n<p>[a]</p>\n", render("[a]: <b>(c)\n\n[a]\n"));
    }

    @Test
    void emphasisRuleOfThreeAllowsRunsThatAreMultiplesOfThree() {
        assertEquals(
                "<p>a<em><strong>b</strong></em>c and a<strong><strong><strong>b</strong></strong></strong>***c</p>\n",
                render("a***b***c and a******b*********c\n"));
    }

    @Test
    void referenceLabelsMatchUnderFullCaseFolding() {
        assertEquals("<p><a href=\"/s\">Straße</a></p>\n", render("[Straße]\n\n[STRASSE]: /s\n"));
    }

    @Test
    void numericReferencesHaveAtMostSevenDigits() {
        assertEquals("<p>&amp;#12345678; \uFFFD A</p>\n", render("&#12345678; &#1234567; &#x41;\n"));
    }

    @Test
    void linkifyStartsOnlyWhereGoldmarkDoes() {
        assertEquals(
                "<p>See &lt;https://example.com/a b&gt;, foo:http://x.y and (<a href=\"http://z.y\">http://z.y</a>).</p>\n",
                render("See <https://example.com/a b>, foo:http://x.y and (http://z.y).\n"));
    }

    @Test
    void definitionsAboveASetextUnderlineAreReadFirst() {
        assertEquals(
                "<h1 id=\"title\">Title</h1>\n<hr>\n<p><a href=\"/a\">a</a> <a href=\"/b\">b</a></p>\n",
                render("[a]: /a\nTitle\n=====\n\n[b]: /b\n---\n[a] [b]\n"));
        assertEquals("<p>===\n<a href=\"/a\">a</a></p>\n", render("[a]: /a\n===\n[a]\n"));
    }

    @Test
    void tildeFencesTakeAnyInfoString() {
        assertEquals(
                "<pre tabindex=\"0\"><code class=\"language-text~1\" data-lang=\"text~1\">x\n</code></pre>",
                render("~~~ text~1\nx\n~~~\n"));
    }

    @Test
    void textareaIsARawHtmlBlockThroughBlankLines() {
        assertEquals("<textarea>\n\n*x*\n</textarea>\n", render("<textarea>\n\n*x*\n</textarea>\n"));
    }

    @Test
    void htmlBlockInAQuoteLosesTheQuoteMarkers() {
        assertEquals("<blockquote>\n<div>\nhi\n</blockquote>\n<p>after</p>\n", render("> <div>\n> hi\n\nafter\n"));
    }

    @Test
    void highlightedCodeLosesTrailingEmptyLines() {
        assertEquals("<pre tabindex=\"0\"><code>b\n</code></pre>", render("```\nb\n\n\n```\n"));
    }

    @Test
    void undefinedReferenceSpanningLinesLosesTheIndent() {
        assertEquals("<p>[\n]</p>\n", render("[\n  ]\n"));
    }
}
