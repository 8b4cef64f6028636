package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import site.testsupport.Gen;
import site.testsupport.PropertyCheck;

class HtmlTextTest {
    @Test
    void removesTagsAndDecodesEntities() {
        assertEquals(
                "It’s <b> & \"fine\" 한글",
                HtmlText.plain("<p>It&rsquo;s &lt;b&gt; &amp; &#34;fine&#x22; <em>한글</em></p>"));
    }

    @Test
    void keepsUnknownEntitiesAsWritten() {
        assertEquals("a &bogus; b", HtmlText.plain("a &bogus; b"));
    }

    @Test
    void anchorsHeadingsThatHaveAnId() {
        assertEquals(
                "<h2 id=\"a-b\">A <em>b</em><a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#a-b\">#</a></h2>"
                        + "<p>x</p><h3>no id</h3>",
                HtmlText.anchorHeadings("<h2 id=\"a-b\">A <em>b</em></h2><p>x</p><h3>no id</h3>"));
    }

    @Test
    void anchorsHeadingsExactlyAsTheRegularExpressionItReplaced() {
        Pattern heading = Pattern.compile("(<h([1-6]) id=\"([^\"]+)\"[^>]*>.*?)(</h\\2>)", Pattern.DOTALL);
        Gen<String> piece = Gen.of(
                "<h2 id=\"",
                "<h3 id=\"",
                "<h7 id=\"",
                "<h1 id=",
                "<h",
                "\"",
                "a",
                "한",
                ">",
                "<",
                " class=\"x\"",
                "</h2>",
                "</h3>",
                "</h2 >",
                "</h1>",
                "\n",
                "<em>",
                "</em>",
                "id");
        PropertyCheck.forAll("anchors = regex anchors", 3000, piece.list(20).map(p -> String.join("", p)), html -> {
            String expected = heading.matcher(html)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            m.group(1) + "<a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#" + m.group(3)
                                    + "\">#</a>" + m.group(4)));
            assertEquals(expected, HtmlText.anchorHeadings(html), html);
        });
    }
}
