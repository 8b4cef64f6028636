package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefilteredAutolinkTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));

    private String html(String markdown) {
        return renderer.render(markdown, PageContext.of(java.nio.file.Path.of("t.md")))
                .content();
    }

    @Test
    void onlyTextWithASchemeAnAtOrWwwIsScanned() {
        assertTrue(PrefilteredAutolink.mayHoldLink("see https://example.com"));
        assertTrue(PrefilteredAutolink.mayHoldLink("mail me@example.com"));
        assertTrue(PrefilteredAutolink.mayHoldLink("go to WWW.example.com"));
        assertTrue(PrefilteredAutolink.mayHoldLink("www."));
        assertFalse(PrefilteredAutolink.mayHoldLink("plain prose, 한국어 문장. ww.example"));
    }

    @Test
    void linksAreStillFoundWhereverTheyAre() {
        assertEquals(
                "<p>see <a href=\"https://example.com\">https://example.com</a> and "
                        + "<a href=\"https://www.example.org\">www.example.org</a> or "
                        + "<a href=\"mailto:me@example.com\">me@example.com</a></p>\n",
                html("see https://example.com and www.example.org or me@example.com\n"));
        assertEquals("<p>no links here.</p>\n", html("no links here.\n"));
    }
}
