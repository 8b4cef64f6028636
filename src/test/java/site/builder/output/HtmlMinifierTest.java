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
    void leavesPreformattedScriptAndStyleAlone() {
        String pre = "<pre><code>  line 1\n\n    line 2\n</code></pre>";
        String script = "<script>\n  if (a  <  b) { x(); }\n</script>";
        assertEquals("<div>" + pre + script + "</div>", HtmlMinifier.minify("<div>\n" + pre + "\n" + script + "\n</div>"));
    }

    @Test
    void keepsConditionalComments() {
        assertEquals("<!--[if IE]><p>old</p><![endif]-->", HtmlMinifier.minify("<!--[if IE]><p>old</p><![endif]-->"));
    }
}
