package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import site.common.LocatedError;
import site.common.LocatedException;

class ShortcodesTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
    private final List<ShortcodeCall> calls = new ArrayList<>();

    /** Site templates as the render package will provide them: "echo" prints its params and inner. */
    private final ShortcodeTemplates templates = name -> switch (name) {
        case "echo" ->
            Optional.of(call -> {
                calls.add(call);
                return "[" + call.positional() + call.named() + (call.inner() == null ? "" : "|" + call.inner()) + "]";
            });
        case "figure" -> Optional.of(call -> "<site-figure/>");
        case "bold" -> Optional.of(call -> "<b>x</b>");
        case "md" -> Optional.of(call -> call.markdownify(call.inner()) + "|");
        default -> Optional.empty();
    };

    private String render(String body) {
        PageContext page = PageContext.of(Path.of("post.md")).withFirstLine(5).withShortcodes(templates);
        return renderer.render(body, page).content();
    }

    private LocatedError failure(String body) {
        return assertThrows(LocatedException.class, () -> render(body)).errors().get(0);
    }

    @Test
    void unknownShortcodeIsAnErrorAtItsLine() {
        LocatedError e = failure("text\n\n{{< nosuch >}}\n");
        assertEquals(new LocatedError(Path.of("post.md"), 7, "template for shortcode \"nosuch\" not found"), e);
    }

    @Test
    void unterminatedShortcodeIsAnError() {
        assertTrue(failure("a {{< echo x").message().startsWith("unterminated shortcode"));
    }

    @Test
    void closingTagWithoutStartIsAnError() {
        assertTrue(failure("{{< /echo >}}").message().contains("does not match"));
    }

    @Test
    void mismatchedDelimitersAreAnError() {
        assertTrue(failure("{{< echo x %}}").message().contains("%}}"));
    }

    @Test
    void positionalAndNamedParamsReachTheTemplate() {
        render("{{< echo a \"b c\" `raw \"q\"` >}} {{< echo k=v q=\"x y\" >}}");
        assertEquals(List.of("a", "b c", "raw \"q\""), calls.get(0).positional());
        assertEquals(Map.of("k", "v", "q", "x y"), calls.get(1).named());
        assertEquals("b c", calls.get(0).get(1));
    }

    @Test
    void htmlShortcodeOutputReplacesItsParagraph() {
        assertEquals("[[x]{}]\n", render("{{< echo x >}}\n"));
    }

    @Test
    void markdownShortcodeOutputIsRenderedAsMarkdown() {
        assertEquals("<p>[[]{}|<em>inner</em>]</p>\n", render("{{% echo %}}*inner*{{% /echo %}}\n"));
    }

    @Test
    void innerOfHtmlShortcodeIsRawAndNestedShortcodesRunFirst() {
        String html = render("{{< echo >}}*a* {{< echo b />}}{{< /echo >}}");
        assertEquals("[b]{}", calls.get(0).positional() + "" + calls.get(0).named());
        assertEquals("[[]{}|*a* [[b]{}]]\n", html);
        assertEquals("echo", calls.get(0).parent().name());
    }

    @Test
    void innerHoldsNestedOutputSoAMarkdownShortcodeRendersIt() {
        assertEquals(
                "<p>[[]{}|<em>a</em> <!-- raw HTML omitted -->x<!-- raw HTML omitted -->]</p>\n",
                render("{{% echo %}}*a* {{< bold />}}{{% /echo %}}"));
    }

    @Test
    void templatesMarkdownifyWithThePagesRenderer() {
        assertEquals(
                "<ul>\n<li>a</li>\n</ul>\n<h2 id=\"h\">h</h2>\n|\n<em>one</em>|\n",
                render("{{< md >}}\n- a\n\n## h\n{{< /md >}}\n\n{{< md >}}*one*{{< /md >}}"));
    }

    @Test
    void selfClosingShortcodeHasNoInner() {
        render("{{< echo x />}} after");
        assertEquals(null, calls.get(0).inner());
    }

    @Test
    void commentedShortcodeIsWrittenLiterally() {
        assertEquals("<p>{{&lt; echo x &gt;}}</p>\n", render("{{</* echo x */>}}"));
    }

    @Test
    void siteTemplateOverridesBuiltIn() {
        assertEquals("<site-figure/>\n", render("{{< figure src=x >}}"));
    }

    @Test
    void detailsRendersSummaryAndInnerAsMarkdown() {
        String html = render("{{< details summary=\"More *info*\" >}}\nHidden **text**\n{{< /details >}}");
        assertTrue(html.contains("<summary>More <em>info</em></summary>"), html);
        assertTrue(html.contains("<strong>text</strong>"), html);
    }

    @Test
    void refUsesTheLinkResolverAndFailsWhenNothingMatches() {
        PageContext page = PageContext.of(Path.of("p.md"))
                .withLinks((ref, rel, lang) -> ref.equals("about") ? Optional.of("/about/") : Optional.empty());
        assertEquals(
                "<p><a href=\"/about/\">x</a></p>\n",
                renderer.render("[x]({{< relref \"about\" >}})", page).content());
        LocatedException e = assertThrows(LocatedException.class, () -> renderer.render("{{< ref \"gone\" >}}", page));
        assertTrue(e.getMessage().contains("REF_NOT_FOUND"), e.getMessage());
    }

    @Test
    void refLooksInTheLanguageItNamesAndFailsForALanguageTheSiteLacks() {
        LinkResolver links = new LinkResolver() {
            @Override
            public Optional<String> resolve(String ref, boolean relative, String lang) {
                return Optional.of("/" + lang + "/" + ref + "/");
            }

            @Override
            public boolean hasLanguage(String lang) {
                return lang.isEmpty() || lang.equals("en");
            }
        };
        PageContext page = PageContext.of(Path.of("p.md")).withLinks(links);
        assertEquals(
                "<p>at /en/a/</p>\n",
                renderer.render("at {{< relref path=\"a\" lang=\"en\" >}}", page)
                        .content());
        LocatedException e =
                assertThrows(LocatedException.class, () -> renderer.render("{{< ref path=\"a\" lang=\"fr\" >}}", page));
        assertEquals(
                "shortcode \"ref\": REF_NOT_FOUND: Ref \"a\": no site found with lang \"fr\"",
                e.errors().get(0).message());
    }

    @Test
    void paramShortcodeReadsPageThenSiteParams() {
        PageContext page = PageContext.of(Path.of("p.md"))
                .withParams(Map.of("a", "page"), Map.of("a", "site", "b", Map.of("c", 3)));
        assertEquals(
                "<p>page 3</p>\n",
                renderer.render("{{< param a >}} {{< param \"b.c\" >}}", page).content());
    }

    @Test
    void deeplyNestedShortcodesAreAnErrorNotAStackOverflow() {
        String body = "{{< echo >}}".repeat(5000) + "{{< /echo >}}".repeat(5000);
        assertTrue(failure(body).message().contains("nested more than"));
    }
}
