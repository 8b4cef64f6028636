package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CssMinifierTest {
    @Test
    void dropsCommentsAndWhiteSpaceAroundBracesSemicolonsAndCommas() {
        assertEquals(
                "a,b>c{color:red;margin:0 auto}",
                CssMinifier.minify("/* x */\na , b > c {\n  color: red ;\n  margin: 0  auto;\n}\n"));
    }

    @Test
    void keepsLicenceComments() {
        assertEquals("/*! MIT */a{b:c}", CssMinifier.minify("/*! MIT */\na { b: c }"));
    }

    @Test
    void stringsAndUrlsStayByteForByte() {
        assertEquals(
                "a::after{content:\"  a , b ; }  /* no */\"}b{background:url( \"x y.png\" )}c{background:url(a b.png)}",
                CssMinifier.minify(
                        "a::after { content: \"  a , b ; }  /* no */\" }\nb { background: url( \"x y.png\" ) }\nc { background: url(a b.png) }"));
    }

    @Test
    void keepsTheSpacesCalcMediaQueriesAndDescendantPseudoClassesNeed() {
        assertEquals(
                "a{width:calc(100% - (2 * 8px) + 1px)}",
                CssMinifier.minify("a { width: calc(100% - (2 * 8px) + 1px); }"));
        assertEquals(
                "@media screen and (max-width:600px){a :hover{b:c}}",
                CssMinifier.minify("@media screen and (max-width: 600px) {\n  a :hover { b: c; }\n}"));
    }

    @Test
    void aRemovedCommentStillSeparatesWords() {
        assertEquals("a b{c:d}", CssMinifier.minify("a/* x */b{c:d}"));
    }

    @Test
    void importantAndCustomPropertiesKeepTheirMeaning() {
        assertEquals(
                ":root{--gap:24px;--x:a b}a{color:red !important}",
                CssMinifier.minify(":root { --gap: 24px; --x: a  b; }\na { color: red !important; }"));
    }
}
