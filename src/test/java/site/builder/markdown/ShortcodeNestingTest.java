package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/**
 * Shortcodes inside shortcodes, their ordinals and where their output lands, as Hugo 0.111.3 renders the same pages
 * with these templates in layouts/shortcodes (the expected HTML is Hugo's):
 * wrap.html {@code <span class="w{{ .Ordinal }}">{{ .Inner }}</span>},
 * ord.html {@code [{{ .Ordinal }}{{ with .Parent }} in {{ .Name }}{{ end }}]}, same.html {@code {{ .Inner }}},
 * get.html {@code {{ .Get 0 }}|{{ .Get 1 }}|{{ .Get "k" }}|{{ .IsNamedParams }}|{{ len .Params }}},
 * g2.html {@code [{{ .Get "0" }}|{{ .Get 1 }}|{{ .Get 5 }}|{{ .Get "x" }}|{{ .Get "k" }}]}.
 */
class ShortcodeNestingTest {
    private static final ShortcodeTemplates TEMPLATES = name -> switch (name) {
        case "wrap" -> Optional.of(call -> "<span class=\"w" + call.ordinal() + "\">" + call.inner() + "</span>");
        case "ord" ->
            Optional.of(call -> "[" + call.ordinal()
                    + (call.parent() == null ? "" : " in " + call.parent().name()) + "]");
        case "same" -> Optional.of(ShortcodeCall::inner);
        case "get" ->
            Optional.of(call -> orEmpty(call.get(0)) + "|" + orEmpty(call.get(1)) + "|" + orEmpty(call.get("k")) + "|"
                    + call.isNamedParams() + "|"
                    + (call.positional().size() + call.named().size()));
        case "g2" ->
            Optional.of(call -> "[" + orEmpty(call.get("0")) + "|" + orEmpty(call.get(1)) + "|" + orEmpty(call.get(5))
                    + "|" + orEmpty(call.get("x")) + "|" + orEmpty(call.get("k")) + "]");
        default -> Optional.empty();
    };

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String render(String body) {
        return new MarkdownRenderer(MarkdownOptions.defaults())
                .render(body, PageContext.of(Path.of("n.md")).withShortcodes(TEMPLATES))
                .content();
    }

    @Test
    void nestedShortcodesCountTheirOrdinalsWithinTheirParent() {
        assertEquals(
                "<p><span class=\"w0\">a [0 in wrap] b <span class=\"w1\">[0 in wrap]</span></span> [1]</p>\n",
                render("{{< wrap >}}a {{< ord >}} b {{< wrap >}}{{< ord >}}{{< /wrap >}}{{< /wrap >}} {{< ord >}}"));
    }

    @Test
    void aCommentedShortcodeTakesNoOrdinal() {
        assertEquals(
                "<p>[0] {{&lt; ord &gt;}} [1] [2]</p>\n",
                render("{{< ord >}} {{</* ord */>}} {{< ord >}} {{% ord %}}"));
        assertEquals(
                "[0 in same]{{< ord >}}[1 in same][0 in same]\n",
                render("{{< same >}}{{< ord >}}{{</* ord */>}}{{< ord >}}{{< same >}}{{< ord >}}{{< /same >}}"
                        + "{{< /same >}}"));
    }

    @Test
    void anOutputAloneInItsParagraphLosesTheParagraph() {
        assertEquals("[0]\n", render("{{< ord >}}"));
        assertEquals("<p>text [0]</p>\n", render("text {{< ord >}}"));
        assertEquals("<p>[0] text</p>\n", render("{{< ord >}} text"));
        assertEquals("<p>[0][1]</p>\n", render("{{< ord >}}{{< ord >}}"));
    }

    @Test
    void outputsLandInHeadingsListsAndCodeSpans() {
        assertEquals(
                "<ul>\n<li>item [0]</li>\n</ul>\n<p><code>code [1]</code></p>\n",
                render("- item {{< ord >}}\n\n`code {{< ord >}}`"));
    }

    @Test
    void aMarkdownShortcodesInnerIsRenderedWithItsNestedOutput() {
        assertEquals("<p><em>md</em> [0 in same]</p>\n", render("{{% same %}}*md* {{< ord >}}{{% /same %}}"));
    }

    @Test
    void commentsInsideAnInnerAreWrittenAsTheShortcodeText() {
        assertEquals(
                "<span class=\"w0\">lit {{< ord >}} and {{% wrap %}}</span>\n",
                render("{{< wrap >}}lit {{</* ord */>}} and {{%/* wrap */%}}{{< /wrap >}}"));
    }

    @Test
    void getReadsPositionalAndNamedParams() {
        assertEquals(
                "<p>a|b c||false|2 ||v|true|2 |||false|0</p>\n",
                render("{{< get a \"b c\" >}} {{< get k=v x=\"y\" >}} {{< get >}}"));
    }

    @Test
    void anInnerShortcodeOfTheSameNameClosesFirst() {
        assertEquals("x\n", render("{{< same >}}{{< same >}}x{{< /same >}}{{< /same >}}"));
    }

    @Test
    void aParagraphTagRightAroundAnOutputGoesEvenInRawHtml() {
        MarkdownRenderer unsafe = new MarkdownRenderer(
                MarkdownOptions.fromConfig(Map.of("goldmark", Map.of("renderer", Map.of("unsafe", true)))));
        assertEquals(
                "[0]\n<div>[1]</div>\n<p> [2]</p>\n",
                unsafe.render(
                                "<p>{{< ord >}}</p>\n\n<div><p>{{< ord >}}</p></div>\n\n<p> {{< ord >}}</p>\n",
                                PageContext.of(Path.of("n.md")).withShortcodes(TEMPLATES))
                        .content());
    }

    /** Hugo: "closing tag for shortcode 'ord' does not match start tag". */
    @Test
    void aClosingTagForAShortcodeThatIsNotOpenIsAnErrorEvenInsideAnother() {
        LocatedException e = assertThrows(LocatedException.class, () -> render("{{< wrap >}}x{{< /ord >}}"));
        assertEquals(
                "closing tag for shortcode \"ord\" does not match any start tag",
                e.errors().get(0).message());
    }

    @Test
    void getWithAStringNamesANamedParamOnlyAndOutOfRangeIsEmpty() {
        assertEquals("<p>[|b|||] [||||v]</p>\n", render("{{< g2 a b >}} {{< g2 k=v >}}"));
    }
}
