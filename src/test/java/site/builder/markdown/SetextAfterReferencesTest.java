package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Link reference definitions above a setext underline; the expected HTML is Hugo 0.111.3's for the same bodies. */
class SetextAfterReferencesTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    private String render(String md) {
        return renderer.render(md, PageContext.of(Path.of("p.md"))).content();
    }

    @Test
    void anUnderlineLeftAloneAtTheEndOfThePageIsText() {
        assertEquals("<p>===</p>\n", render("[foo]: /url\n==="));
    }

    @Test
    void theUnderlineJoinsTheParagraphRightBelowItOnly() {
        assertEquals("<p>===</p>\n<p>next <a href=\"/url\">foo</a></p>\n", render("[foo]: /url\n===\n\nnext [foo]\n"));
        assertEquals(
                "<p>===\nnext\nmore <a href=\"/url\">foo</a></p>\n", render("[foo]: /url\n===\nnext\nmore [foo]\n"));
    }

    @Test
    void spacesAroundTheUnderlineStayAndTwoAtItsEndBreakTheLine() {
        assertEquals("<p>===<br>\nnext</p>\n", render("[foo]: /url\n  ===  \nnext\n"));
    }

    @Test
    void inBlockQuotesAndListItems() {
        assertEquals(
                "<blockquote>\n<p>===\ncont <a href=\"/url\">foo</a></p>\n</blockquote>\n",
                render("> [foo]: /url\n> ===\n> cont [foo]\n"));
        assertEquals(
                "<blockquote>\n<hr>\n<p>cont <a href=\"/url\">foo</a></p>\n</blockquote>\n",
                render("> [foo]: /url\n> ---\n> cont [foo]\n"));
        assertEquals(
                "<blockquote>\n<blockquote>\n<p>===\ncont <a href=\"/url\">foo</a></p>\n</blockquote>\n</blockquote>\n"
                        + "<blockquote>\n<h1 id=\"title\">Title</h1>\n</blockquote>\n",
                render("> > [foo]: /url\n> > ===\n> > cont [foo]\n\n> [a]: /a\n> Title\n> ===\n"));
        assertEquals(
                "<ul>\n<li>===\nitem <a href=\"/url\">foo</a></li>\n</ul>\n",
                render("- [foo]: /url\n  ===\n  item [foo]\n"));
    }
}
