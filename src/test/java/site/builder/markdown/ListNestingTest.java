package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ListNesting}: flexmark's own list parsing, in time linear in the page however deep lists nest. */
class ListNestingTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(
                    Parser.EXTENSIONS,
                    List.of(TaskListExtension.create(), FootnoteExtension.create(), DefinitionExtension.create()));
    private final Parser flexmarks = Parser.builder(OPTIONS).build();
    private final Parser ours = Parser.builder(new MutableDataSet(OPTIONS).set(Parser.LIST_BLOCK_PARSER, false))
            .customBlockParserFactory(new ListNesting())
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder(OPTIONS).build();

    @Test
    void parsesAsFlexmarksOwnListParser() throws Exception {
        List<String> pages = new ArrayList<>();
        CommonMarkSpecIT.examples().forEach(e -> pages.add(e.markdown()));
        for (String kind : List.of("list", "quote", "mixed")) pages.add(DeepNestingBenchmark.page(kind, 40));
        Random random = new Random(12);
        for (int i = 0; i < 3000; i++) pages.add(nestedBlocks(random));
        for (String page : pages) {
            Node expected = flexmarks.parse(page), actual = ours.parse(page);
            assertEquals(MarkdownSourceTest.tree(expected), MarkdownSourceTest.tree(actual), page);
            assertEquals(render(expected), render(actual), page);
        }
    }

    @Test
    void takesTheListFactorysPlaceAmongTheBlockFactories() {
        ListBlockParser.Factory flexmarks = new ListBlockParser.Factory();
        ListNesting ours = new ListNesting();
        assertEquals(flexmarks.getBeforeDependents(), ours.getBeforeDependents());
        assertEquals(flexmarks.getAfterDependents(), ours.getAfterDependents());
        assertEquals(flexmarks.affectsGlobalScope(), ours.affectsGlobalScope());
    }

    /** The HTML, or the error flexmark's renderer stops with on some trees (a heading it finds detached). */
    private String render(Node document) {
        try {
            return html.render(document);
        } catch (AssertionError | RuntimeException e) {
            return e.toString();
        }
    }

    @Test
    void aNestedListIsReadAsOftenAsItsSizeNotItsDepthCubed() {
        Parser site = new FlexmarkFactory(MarkdownOptions.fromConfig(Map.of())).parser();
        for (String kind : List.of("list", "mixed")) {
            String small = DeepNestingBenchmark.page(kind, 200), large = DeepNestingBenchmark.page(kind, 400);
            double reads = (double) reads(site, large) / reads(site, small),
                    size = (double) large.length() / small.length();
            // flexmark's own list parser reads the 400-level page 8 times as often as the 200-level one (4x the text).
            assertTrue(reads < 1.5 * size, kind + ": reads grew " + reads + "x for " + size + "x the text");
        }
    }

    private static long reads(Parser parser, String page) {
        long[] count = {0};
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return page.length();
            }

            @Override
            public char charAt(int index) {
                count[0]++;
                return page.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return page.subSequence(start, end);
            }

            @Override
            public String toString() {
                return page;
            }
        };
        parser.parse(BasedSequence.of(counted));
        return count[0];
    }

    /** Lines of list markers, quotes, fences, tabs and text at random indentation, blank lines between some. */
    private static String nestedBlocks(Random random) {
        String[] starts = {
            "- ", "* ", "+ ", "1. ", "2) ", "> ", "", "```", "    ", "\t", "- [ ] ", "# ", "---", "<div>", "-\t", "-",
            "1.  ", ": "
        };
        String[] texts = {"a", "b *c*", "", " ", "- x", "> q", "\t t", "```", "<!-- c -->", "[^1]", "[^1]: n"};
        StringBuilder page = new StringBuilder();
        for (int line = random.nextInt(14); line >= 0; line--) {
            page.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(16) : random.nextInt(4) * 2));
            for (int marker = random.nextInt(5); marker > 0; marker--) {
                page.append(starts[random.nextInt(starts.length)])
                        .append(" ".repeat(random.nextInt(3) == 0 ? random.nextInt(5) : 0));
            }
            page.append(texts[random.nextInt(texts.length)]).append('\n');
            if (random.nextInt(5) == 0) page.append('\n');
        }
        return page.toString();
    }
}
