package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * goldmark's typographer on quotes that end the page's text (no newline after them, so nothing follows the quote on
 * its line); the expected HTML is Hugo 0.111.3's for pages with these bodies. Quotes amid text are in the fixture
 * page defaults/typographer-quotes.md.
 */
class QuotesAtTheEndTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    private String render(String md) {
        return renderer.render(md, PageContext.of(Path.of("q.md"))).content();
    }

    @Test
    void quotesWithLittleOrNothingAfterThem() {
        assertEquals("<p>the &rsquo;90s</p>\n", render("the '90s"));
        assertEquals("<p>the &lsquo;90</p>\n", render("the '90"));
        assertEquals("<p>the &lsquo;9</p>\n", render("the '9"));
        assertEquals("<p>said &lsquo;x&rsquo;</p>\n", render("said 'x'"));
        assertEquals("<p>x &rsquo;n</p>\n", render("x 'n"));
        assertEquals("<p>rock &rsquo;n'</p>\n", render("rock 'n'"));
        assertEquals("<p>word'</p>\n", render("word'"));
        assertEquals("<p>&ldquo;a&rdquo; &quot;</p>\n", render("\"a\" \""));
        assertEquals("<p>&rsquo;s</p>\n", render("'s"));
        assertEquals("<p>He &rsquo;ll</p>\n", render("He 'll"));
        assertEquals("<p>so &rsquo;ve</p>\n", render("so 've"));
        assertEquals("<p>you &rsquo;d</p>\n", render("you 'd"));
        assertEquals("<p>a 21&quot;</p>\n", render("a 21\""));
        assertEquals("<p>a &ldquo;21&rdquo;</p>\n", render("a \"21\""));
        assertEquals("<p>&ldquo;x&rdquo;</p>\n", render("\"x\""));
        assertEquals("<p>&lsquo;a&rsquo; &lsquo;b</p>\n", render("'a' 'b"));
        assertEquals("<p>x '</p>\n", render("x '"));
        assertEquals("<p>x &quot;</p>\n", render("x \""));
        assertEquals("<p>5'6&quot;</p>\n", render("5'6\""));
        assertEquals("<p>&rsquo;tis</p>\n", render("'tis"));
        assertEquals("<p>(&ldquo;a&rdquo;)</p>\n", render("(\"a\")"));
        assertEquals("<p>&lsquo;&ldquo;a&rdquo;&rsquo;</p>\n", render("'\"a\"'"));
    }
}
