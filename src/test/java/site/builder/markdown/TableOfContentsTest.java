package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

    private static String toc(String md, Map<String, Object> markup) {
        return new MarkdownRenderer(MarkdownOptions.fromConfig(markup))
                .render(md, PageContext.of(Path.of("p.md")))
                .tableOfContents();
    }

    @Test
    void listsLevelsTwoAndThreeByDefault() {
        assertEquals(
                "<nav id=\"TableOfContents\">\n  <ul>\n    <li><a href=\"#a\">A</a>\n      <ul>\n"
                        + "        <li><a href=\"#b\">B</a></li>\n      </ul>\n    </li>\n  </ul>\n</nav>",
                toc("# Top\n## A\n### B\n#### C\n", Map.of()));
    }

    @Test
    void skippedLevelsBecomeEmptyItemsAndOrderedUsesOl() {
        Map<String, Object> markup = Map.of("tableofcontents", Map.of("startlevel", 1, "endlevel", 3, "ordered", true));
        assertEquals(
                "<nav id=\"TableOfContents\">\n  <ol>\n    <li>\n      <ol>\n        <li><a href=\"#x\">X</a></li>\n"
                        + "      </ol>\n    </li>\n  </ol>\n</nav>",
                toc("## X\n", markup));
    }

    @Test
    void noHeadingsGiveAnEmptyNav() {
        assertEquals("<nav id=\"TableOfContents\"></nav>", toc("text", Map.of()));
    }

    @Test
    void headingIdsKeepHangulAndNumberDuplicates() {
        HeadingIds ids = new HeadingIds("github");
        assertEquals("안녕하세요-세계", ids.generate("안녕하세요 세계"));
        assertEquals("hello-world", ids.generate("Hello *World*!"));
        assertEquals("hello-world-1", ids.generate("Hello World"));
        assertEquals("heading", ids.generate("!!!"));
        assertEquals("cafe", new HeadingIds("github-ascii").generate("Café"));
    }
}
