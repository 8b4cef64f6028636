package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import site.testsupport.Gen;
import site.testsupport.PropertyCheck;

class HtmlMinifierTest {
    @Test
    void removesIndentationBetweenTagsAndComments() {
        assertEquals(
                "<ul><li>a</li><li>b</li></ul>",
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
        assertEquals(
                "<div>" + pre + textarea + "</div>",
                HtmlMinifier.minify("<div>\n" + pre + "\n" + textarea + "\n</div>"));
    }

    @Test
    void minifiesInlineScriptsJsonAndStyles() {
        assertEquals(
                "<script>if(a<b){x(\"  y\");}</script><script type=\"application/ld+json\">{\"a\":\" b \"}</script>"
                        + "<style>a{color:red}</style>",
                HtmlMinifier.minify(
                        "<script>\n  if (a  <  b) { x(\"  y\"); }\n</script>\n"
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

    @Test
    void minifiesExactlyAsTheRegularExpressionsItReplaced() {
        Gen<String> piece = Gen.of(
                "<pre>",
                "</PRE >",
                "<pre",
                "<prex>",
                "<Script",
                "</script>",
                "</scrIpt\n>",
                "<style>",
                "</style >",
                "<textarea>",
                "</textarea>",
                "<!--",
                "-->",
                "<!-->",
                "<!--[if",
                "<",
                ">",
                "</",
                "\n",
                " ",
                "\t",
                "\r\n",
                "\f",
                "\u000B",
                "\u00a0",
                "\u2028",
                "\u0085",
                "a",
                "é",
                "_",
                "1",
                "\u0301",
                "<p>",
                "</p>",
                "한",
                "\uD83D\uDE00",
                "\uD83D",
                "\uDE00",
                "\u07FF",
                "\u0800",
                "\u007F");
        PropertyCheck.forAll(
                "html minifier = regex minifier", 3000, piece.list(24).map(p -> String.join("", p)), html -> {
                    String expected = RegexMinifier.minify(html);
                    assertEquals(expected, HtmlMinifier.minify(html), html);
                    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), HtmlMinifier.minifyToUtf8(html), html);
                    // in place in a longer array, as a rendered page's reused buffer: only its length counts
                    char[] buffer = (html + "<!-- <pre> \n").toCharArray();
                    assertArrayEquals(
                            expected.getBytes(StandardCharsets.UTF_8),
                            HtmlMinifier.minifyToUtf8(buffer, html.length()),
                            html);
                });
    }

    @Test
    void treatsAFinalLineSeparatorBeforeAKeptBlockAsTheRegexEndAnchorDid() {
        for (String html : new String[] {
            "<p>a \n\u2028<pre>x</pre>",
            "<p>a \n\u0085<pre>x</pre>",
            "<p>a \u2028\n<pre>x</pre>",
            "<pre>x</pre>\n \u2029<pre>y</pre>",
            "<pre\u00e9>x</pre><pre\u0301>y</pre>"
        }) {
            assertEquals(RegexMinifier.minify(html), HtmlMinifier.minify(html), html);
        }
    }

    /** The minifier as it was, with regular expressions: the definition the character scans must keep. */
    private static final class RegexMinifier {
        private static final Pattern VERBATIM = Pattern.compile("(?is)<(pre|textarea|script|style)\\b.*?</\\1\\s*>");
        private static final Pattern COMMENT = Pattern.compile("(?s)<!--(?!\\[if).*?-->");
        private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s*\\n\\s*<");
        private static final Pattern SPACE = Pattern.compile("\\s+");
        private static final Pattern LEADING_BREAK = Pattern.compile("^\\s*\\n\\s*");
        private static final Pattern TRAILING_BREAK = Pattern.compile("\\s*\\n\\s*$");

        static String minify(String html) {
            StringBuilder out = new StringBuilder();
            Matcher m = VERBATIM.matcher(html);
            int last = 0;
            while (m.find()) {
                out.append(squeeze(html.substring(last, m.start()), last > 0, true))
                        .append(HtmlMinifier.inline(m.group()));
                last = m.end();
            }
            return out.append(squeeze(html.substring(last), last > 0, false))
                    .toString()
                    .strip();
        }

        private static String squeeze(String text, boolean afterTag, boolean beforeTag) {
            String s = COMMENT.matcher(text).replaceAll("");
            s = BETWEEN_TAGS.matcher(s).replaceAll("><");
            if (afterTag) s = LEADING_BREAK.matcher(s).replaceFirst("");
            if (beforeTag) s = TRAILING_BREAK.matcher(s).replaceFirst("");
            return SPACE.matcher(s).replaceAll(" ");
        }
    }
}
