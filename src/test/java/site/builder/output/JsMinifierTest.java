package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsMinifierTest {
    @Test
    void dropsCommentsAndWhiteSpaceBetweenPunctuation() {
        assertEquals(
                "function f(a,b){return a+b;}",
                JsMinifier.minify("// sum\nfunction f ( a, b ) {\n  /* add */\n  return a + b;\n}\n"));
    }

    @Test
    void stringsAndTemplateLiteralsStayByteForByte() {
        assertEquals(
                "var s=\"a  // b /* c */\",t='x  y',u=`p  ${ q + `r  ${s}` }  t`;",
                JsMinifier.minify("var s = \"a  // b /* c */\", t = 'x  y', u = `p  ${ q + `r  ${s}` }  t`;"));
    }

    @Test
    void regularExpressionLiteralsStayByteForByteButDivisionIsNotOne() {
        assertEquals(
                "var r=/ab+c\\/ [/ ]x/gi.test(s),d=a/b/c;",
                JsMinifier.minify("var r = /ab+c\\/ [/ ]x/gi.test(s), d = a / b / c;"));
        assertEquals("if(x)return/a b/.test(y)", JsMinifier.minify("if (x) return /a b/.test(y)"));
    }

    @Test
    void keepsLineBreaksWhereAutomaticSemicolonInsertionNeedsThem() {
        assertEquals("var a=1\nvar b=a\n++b\nreturn\nb", JsMinifier.minify("var a = 1\nvar b = a\n++b\nreturn\nb"));
        assertEquals("a++\nb", JsMinifier.minify("a++\nb"));
    }

    @Test
    void dropsLineBreaksThatCannotEndAStatement() {
        assertEquals("x={a:1,b:[2,3]};", JsMinifier.minify("x = {\n  a: 1,\n  b: [\n    2,\n    3\n  ]\n};"));
    }

    @Test
    void keepsSpacesThatSeparateTokens() {
        assertEquals(
                "a+ +b,c- -d,typeof x,1 .toString()", JsMinifier.minify("a + +b, c - -d, typeof x, 1 .toString()"));
    }
}
