package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** GFM tables found where goldmark 1.5 finds them; expected HTML as Hugo 0.111.3 writes it (HugoFixturesIT compares more). */
class GoldmarkTablesTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());

    private String render(String md) {
        return renderer.render(md, PageContext.of(Path.of("p.md"))).content();
    }

    private static String table(String header, String... cells) {
        StringBuilder out = new StringBuilder("<table>\n<thead>\n<tr>\n<th>" + header + "</th>\n</tr>\n</thead>\n");
        if (cells.length > 0) {
            out.append("<tbody>\n");
            for (String c : cells) out.append("<tr>\n<td>").append(c).append("</td>\n</tr>\n");
            out.append("</tbody>\n");
        }
        return out.append("</table>\n").toString();
    }

    @Test
    void aTableRightAfterAParagraphLineEndsTheParagraph() {
        assertEquals(
                "<p><strong>Metrics:</strong></p>\n" + table("a", "1"), render("**Metrics:**\n| a |\n|---|\n| 1 |\n"));
    }

    @Test
    void aParagraphOfSeveralLinesKeepsAllButTheHeaderLine() {
        assertEquals("<p>one\ntwo</p>\n" + table("h"), render("one\ntwo\n| h |\n| - |\n"));
    }

    @Test
    void everyLaterLineOfTheParagraphIsARowEvenWithoutPipes() {
        assertEquals(table("a", "1", "plain", "&mdash;"), render("| a |\n|---|\n| 1 |\nplain\n|---|\n"));
    }

    @Test
    void aHeaderWithOtherThanTheDelimiterRowsCellCountMakesNoTable() {
        assertEquals("<p>text\n| a | b |\n|&mdash;|</p>\n", render("text\n| a | b |\n|---|\n"));
    }

    @Test
    void aHeaderWithFewerCellsThanTheDelimiterRowGetsEmptyOnes() {
        assertEquals(
                "<table>\n<thead>\n<tr>\n<th style=\"text-align:center\">a</th>\n<th></th>\n</tr>\n</thead>\n"
                        + "<tbody>\n<tr>\n<td style=\"text-align:center\">1</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n",
                render("| a |\n|:-:|--:|\n| 1 |\n"));
        assertEquals(
                "<p>x</p>\n<table>\n<thead>\n<tr>\n<th></th>\n<th></th>\n</tr>\n</thead>\n</table>\n",
                render("x\n|\n|-|-|\n"));
    }

    @Test
    void tablesAfterTextInListItemsAndQuotes() {
        assertEquals("<ul>\n<li>item\n" + table("x") + "</li>\n</ul>\n", render("- item\n  | x |\n  |---|\n"));
        assertEquals(
                "<blockquote>\n<p>quote</p>\n" + table("q", "lazy") + "</blockquote>\n",
                render("> quote\n> | q |\n> |---|\nlazy\n"));
    }

    @Test
    void escapedPipesSplitNoCellsAndLoseTheirBackslashInCode() {
        assertEquals(table("a | b", "<code>x | y</code>"), render("| a \\| b |\n|---|\n| `x \\| y` |\n"));
    }

    @Test
    void anEmptyCellKeepsItsColumnsAlignmentAndAMissingOneHasNone() {
        assertEquals(
                "<table>\n<thead>\n<tr>\n<th style=\"text-align:center\">a</th>\n<th style=\"text-align:right\">b</th>\n"
                        + "</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align:center\"></td>\n<td></td>\n</tr>\n</tbody>\n</table>\n",
                render("| a | b |\n|:-:|--:|\n| |\n"));
    }
}
