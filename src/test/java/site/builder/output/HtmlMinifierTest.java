package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlMinifierTest {
    @Test
    void removesIndentationBetweenTagsAndComments() {
        assertEquals("<ul><li>a</li><li>b</li></ul>",
                HtmlMinifier.minify("<ul>\n  <li>a</li>\n  <!-- note -->\n  <li>b</li>\n</ul>\n"));
    }

    @Test
    void keepsTheSpaceBetweenInlineElements() {
        assertEquals("<p><b>bold</b> <i>it</i> text</p>", HtmlMinifier.minify("<p><b>bold</b>   <i>it</i>\ttext</p>"));
    }

    @Test
    void leavesPreformattedTextAlone() {
        String pre = "<pre><code>  line 1\n\n    line 2\n</code></pre>";
        String textarea = "<textarea>  a\n  b</textarea>";
        assertEquals("<div>" + pre + textarea + "</div>", HtmlMinifier.minify("<div>\n" + pre + "\n" + textarea + "\n</div>"));
    }

    @Test
    void minifiesInlineScriptsJsonAndStyles() {
        assertEquals("<script>if(a<b){x(\"  y\");}</script><script type=\"application/ld+json\">{\"a\":\" b \"}</script>"
                        + "<style>a{color:red}</style>",
                HtmlMinifier.minify("<script>\n  if (a  <  b) { x(\"  y\"); }\n</script>\n"
                        + "<script type=\"application/ld+json\">\n{ \"a\": \" b \" }\n</script>\n<style>\na { color: red; }\n</style>"));
    }

    @Test
    void leavesScriptsThatAreNotCodeAlone() {
        String template = "<script type=\"text/template\">\n  <p>  {{ x }} </p>\n</script>";
        assertEquals(template, HtmlMinifier.minify(template));
    }

    @Test
    void keepsConditionalComments() {
        assertEquals("<!--[if IE]><p>old</p><![endif]-->", HtmlMinifier.minify("<!--[if IE]><p>old</p><![endif]-->"));
    }
}
