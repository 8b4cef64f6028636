package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import site.builder.markdown.highlight.HighlightOptions;
import site.builder.markdown.highlight.Highlighter;

/**
 * {@code .Plain} takes a highlighted block's text from its code instead of stripping its HTML; Hugo strips the
 * HTML, so both must give the same text: checked for every sample of the highlighting corpus in every mode that
 * gives the text, with the block alone and amid other HTML, including HTML that leaves a tag or comment open
 * before it (the stripper then reads into the block).
 */
class HighlightedPlainTextTest {
    private static final String[][] AROUND = {
        {"", ""},
        {"<p>a  b</p>\n", "\n<p>c</p>\n"},
        {"x ", " y"},
        {"<br>", "</p>"},
        {"<div class=\"open", "\">z"},
        {"<span title='", "'>"},
        {"<!-- ", " -->w"},
    };

    @Test
    void aBlocksTextIsItsHtmlStripped() throws IOException {
        int compared = 0;
        for (String[] sample : corpus()) {
            for (HighlightOptions options : modes()) {
                Highlighter.Block block = Highlighter.block(sample[1], sample[0], options);
                if (options.lineNos() == HighlightOptions.LineNumbers.NONE) assertNotNull(block.text(), sample[0]);
                if (block.text() == null) continue;
                for (String[] around : AROUND) {
                    String html = around[0] + block.html() + around[1];
                    List<PlainText.Known> known = List.of(
                            new PlainText.Known(around[0].length(), block.html().length(), block.text()));
                    assertEquals(PlainText.of(html), PlainText.of(html, known), sample[0] + " " + options);
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void unknownLanguagesAndQuotesInTheLanguage() {
        for (String lang : new String[] {"", "no-such-language", "go\"x", "a'b"}) {
            Highlighter.Block block =
                    Highlighter.block("if a < b && c > \"d\" {\n\treturn 'e'\n}\n", lang, HighlightOptions.DEFAULT);
            if (lang.contains("\"")) {
                assertEquals(null, block.text());
                continue;
            }
            assertEquals(
                    PlainText.of(block.html()),
                    PlainText.of(
                            block.html(),
                            List.of(new PlainText.Known(0, block.html().length(), block.text()))));
        }
    }

    @Test
    void thePagesPlainTextIsItsContentStripped() throws IOException {
        List<String> pages = BenchmarkCorpus.codeHeavyPages(40, corpus());
        for (Map<String, Object> config :
                List.of(Map.<String, Object>of(), Map.<String, Object>of("highlight", Map.of("noclasses", false)))) {
            MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(config));
            for (String page : pages) {
                Rendered r = renderer.render(page, PageContext.of(Path.of("p.md")));
                assertTrue(r.content().contains("<div class=\"highlight\">"));
                assertEquals(PlainText.of(r.content()), r.plain());
            }
        }
    }

    @Test
    void knownTextsAreOnlyGivenForTheRestoredDocumentItself() {
        RawBlocks blocks = new RawBlocks();
        String first = blocks.hold("<pre>a</pre>", "a");
        String second = blocks.hold("<pre>b</pre>");
        String html = blocks.restore("<p>x</p>\n" + first + "\n" + second);
        assertEquals(List.of(new PlainText.Known(9, 12, "a")), blocks.knownIn(html));
        assertEquals(List.of(), blocks.knownIn(new String(html)));
    }

    private static List<HighlightOptions> modes() {
        List<HighlightOptions> modes = new ArrayList<>();
        for (boolean noClasses : new boolean[] {true, false}) {
            for (String hl : new String[] {"", "2-3"}) {
                HighlightOptions o =
                        HighlightOptions.DEFAULT.with(HighlightOptions.LineNumbers.NONE, 1, hl, noClasses, "monokai");
                modes.add(o);
                modes.add(o.withAnchors(false, "", true));
                modes.add(o.with(HighlightOptions.LineNumbers.INLINE, 1, hl, noClasses, "monokai"));
            }
        }
        return modes;
    }

    private static List<String[]> corpus() throws IOException {
        List<String[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/highlight-corpus"))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(new String[] {f.getParent().getFileName().toString(), Files.readString(f)});
            }
        }
        return samples;
    }
}
