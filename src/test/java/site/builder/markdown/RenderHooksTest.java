package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderHooksTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
    private final List<Object> seen = new ArrayList<>();

    /** A fake render package: hooks for links, images, headings and mermaid code blocks only. */
    private final RenderHooks hooks = new RenderHooks() {
        @Override
        public Optional<String> link(Link link) {
            seen.add(link);
            return Optional.of("<a class=\"hooked\" href=\"" + link.destination() + "\">" + link.text() + "</a>");
        }

        @Override
        public Optional<String> image(Link image) {
            seen.add(image);
            return Optional.of("<img data-src=\"" + image.destination() + "\">");
        }

        @Override
        public Optional<String> heading(Heading heading) {
            seen.add(heading);
            return Optional.of("<h" + heading.level() + " id=\"" + heading.anchor() + "\"># " + heading.text() + "</h"
                    + heading.level() + ">");
        }

        @Override
        public Optional<String> codeBlock(CodeBlock block) {
            seen.add(block);
            return block.type().equals("mermaid")
                    ? Optional.of("<pre class=\"mermaid\">" + block.inner() + "</pre>")
                    : Optional.empty();
        }
    };

    private String render(String body) {
        return renderer.render(body, PageContext.of(Path.of("p.md")).withHooks(hooks))
                .content();
    }

    @Test
    void linkHookGetsDestinationTitleTextAndPlainText() {
        assertEquals(
                "<p><a class=\"hooked\" href=\"/a?b=1&c\"><em>x</em> y</a></p>\n", render("[*x* y](/a?b=1&c \"T\")"));
        assertEquals(new RenderHooks.Link("/a?b=1&c", "T", "<em>x</em> y", "x y"), seen.get(0));
    }

    @Test
    void imageHookReplacesTheImage() {
        assertEquals("<p><img data-src=\"/i.png\"></p>\n", render("![alt](/i.png)"));
        assertEquals("alt", ((RenderHooks.Link) seen.get(0)).plainText());
    }

    @Test
    void headingHookGetsLevelAnchorAndTextAndTocStillListsIt() {
        Rendered r = renderer.render(
                "## Hello *you*", PageContext.of(Path.of("p.md")).withHooks(hooks));
        assertEquals("<h2 id=\"hello-you\"># Hello <em>you</em></h2>", r.content());
        assertEquals(new RenderHooks.Heading(2, "hello-you", "Hello <em>you</em>", "Hello you", Map.of()), seen.get(0));
        assertEquals(
                "<nav id=\"TableOfContents\">\n  <ul>\n    <li><a href=\"#hello-you\">Hello <em>you</em></a></li>\n  </ul>\n</nav>",
                r.tableOfContents());
    }

    @Test
    void codeBlockHookSeesTypeAttributesOptionsInnerAndOrdinal() {
        String html = render("```go\nx\n```\n\n```mermaid {.big linenos=table}\ngraph TD\n  A  \n\n\n```\n");
        assertEquals(
                "<pre class=\"mermaid\">graph TD\n  A  </pre>",
                html.substring(html.indexOf("<pre class=\"mermaid\">")));
        // Hugo's .Inner loses the trailing line breaks only
        assertEquals(
                new RenderHooks.CodeBlock(
                        "mermaid", Map.of("class", "big"), Map.of("linenos", "table"), "graph TD\n  A  ", 1),
                seen.get(1));
    }

    @Test
    void kindsTheHooksDoNotHaveAreNeitherAskedNorBuilt() {
        RenderHooks codeOnly = new RenderHooks() {
            @Override
            public boolean has(Kind kind) {
                return kind == Kind.CODE_BLOCK;
            }

            @Override
            public Optional<String> link(Link link) {
                throw new AssertionError("asked for a link");
            }

            @Override
            public Optional<String> image(Link image) {
                throw new AssertionError("asked for an image");
            }

            @Override
            public Optional<String> heading(Heading heading) {
                throw new AssertionError("asked for a heading");
            }
        };
        String html = renderer.render(
                        "## H\n\n[a](/x) ![i](/i.png)\n",
                        PageContext.of(Path.of("p.md")).withHooks(codeOnly))
                .content();
        assertEquals("<h2 id=\"h\">H</h2>\n<p><a href=\"/x\">a</a> <img src=\"/i.png\" alt=\"i\"></p>\n", html);
    }
}
