package site.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class GoHtmlTest {
    private static final String SPECIALS = "<a href='x'>\"b\" & c+d\0</a>";

    @Test
    void escapeStringLeavesNulAndPlus() {
        assertEquals("&lt;a href=&#39;x&#39;&gt;&#34;b&#34; &amp; c+d\0&lt;/a&gt;", GoHtml.escape(SPECIALS));
    }

    @Test
    void htmlFunctionAlsoReplacesNul() {
        assertEquals("&lt;a href=&#39;x&#39;&gt;&#34;b&#34; &amp; c+d\uFFFD&lt;/a&gt;", GoHtml.htmlFunction(SPECIALS));
    }

    @Test
    void htmlTemplateAlsoEscapesPlus() {
        assertEquals(
                "&lt;a href=&#39;x&#39;&gt;&#34;b&#34; &amp; c&#43;d\uFFFD&lt;/a&gt;", GoHtml.htmlTemplate(SPECIALS));
    }

    @Test
    void appendsOnlyTheGivenRange() {
        StringBuilder out = new StringBuilder(">");
        GoHtml.escape(out, "x<y>z", 1, 4);
        assertEquals(">&lt;y&gt;", out.toString());
    }

    @Test
    void escapesAsTextWithNewlinesAsSpaces() {
        char[] out = new char[64];
        int end = GoHtml.escapeAsText("x<a\n'\u00e9\0+\"&", 1, 10, out, 2);
        assertEquals("&lt;a &#39;\u00e9\0+&#34;&amp;", new String(out, 2, end - 2));
        StringBuilder same = new StringBuilder();
        GoHtml.escape(same, "x<a\n'\u00e9\0+\"&", 1, 10);
        assertEquals(same.toString().replace('\n', ' '), new String(out, 2, end - 2));
    }

    @Test
    void plainTextComesBackAsItIs() {
        String plain = "nothing to escape";
        assertSame(plain, GoHtml.htmlTemplate(plain));
    }
}
