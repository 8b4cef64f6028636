package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void removesTagsAndDecodesEntities() {
        assertEquals("It’s <b> & \"fine\" 한글", HtmlText.plain("<p>It&rsquo;s &lt;b&gt; &amp; &#34;fine&#x22; <em>한글</em></p>"));
    }

    @Test
    void keepsUnknownEntitiesAsWritten() {
        assertEquals("a &bogus; b", HtmlText.plain("a &bogus; b"));
    }

    @Test
    void anchorsHeadingsThatHaveAnId() {
        assertEquals("<h2 id=\"a-b\">A <em>b</em><a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#a-b\">#</a></h2>"
                + "<p>x</p><h3>no id</h3>", HtmlText.anchorHeadings("<h2 id=\"a-b\">A <em>b</em></h2><p>x</p><h3>no id</h3>"));
    }
}
