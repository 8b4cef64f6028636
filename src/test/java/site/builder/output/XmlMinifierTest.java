package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlMinifierTest {
    @Test
    void dropsWhiteSpaceBetweenElementsAndInsideTags() {
        assertEquals(
                "<?xml version=\"1.0\"?><urlset a=\"1\" b=\"2\"><url><loc>x</loc></url></urlset>",
                XmlMinifier.minify(
                        "<?xml version=\"1.0\"?>\n<urlset a=\"1\"\n  b = \"2\" >\n  <url>\n    <loc>x</loc>\n  </url>\n</urlset>\n"));
    }

    @Test
    void emptyElementsAndSelfClosingTagsAreShort() {
        assertEquals("<a><b/><c/><d x=\"1\"/></a>", XmlMinifier.minify("<a><b></b><c /><d x=\"1\"> </d></a>"));
    }

    @Test
    void textKeepsItsWhiteSpaceButSpellsEntitiesShorter() {
        assertEquals(
                "<d>&lt;pre>a   b\n    c&lt;/pre> \"q\" 'a' + &amp;</d>",
                XmlMinifier.minify("<d>&lt;pre&gt;a   b\n    c&lt;/pre&gt; &#34;q&#34; &#39;a&#39; &#43; &amp;</d>"));
    }

    @Test
    void keepsTheEntityWhereABareGreaterThanWouldEndACdataMarker() {
        assertEquals("<d>]]&gt;</d>", XmlMinifier.minify("<d>]]&gt;</d>"));
    }

    @Test
    void attributeValuesCdataAndCommentsAreHandledApart() {
        assertEquals(
                "<a t=\"x  &gt; y\"><![CDATA[ <b>  </b> ]]></a>",
                XmlMinifier.minify("<a  t=\"x  &gt; y\"  ><!-- note --> <![CDATA[ <b>  </b> ]]></a>"));
    }
}
