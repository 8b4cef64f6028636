package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** flexmark reads a page from {@link MarkdownSource} exactly as from its own sequence over the String. */
class MarkdownSourceTest {
    private final Parser parser = new FlexmarkFactory(MarkdownOptions.fromConfig(Map.of())).parser();

    @Test
    void specExamplesAndCorpusPagesParseToTheSameTreeWithTheSameOffsets() throws Exception {
        List<String> pages = new ArrayList<>(BenchmarkCorpus.pages(20));
        CommonMarkSpecIT.examples().forEach(e -> pages.add(e.markdown()));
        pages.add(DeepNestingBenchmark.page("mixed", 30));
        for (String page : pages) {
            assertEquals(tree(parser.parse(BasedSequence.of(page))), tree(parser.parse(MarkdownSource.of(page))), page);
        }
    }

    @Test
    void nulReadsAsTheReplacementCharacterAsInFlexmarksOwnSequence() {
        String text = "a\0b\n\0";
        BasedSequence ours = MarkdownSource.of(text), theirs = BasedSequence.of(text);
        assertEquals(theirs.toString(), ours.toString());
        assertEquals(theirs.subSequence(1, 4).toString(), ours.subSequence(1, 4).toString());
        assertEquals(theirs.charAt(1), ours.charAt(1));
        assertEquals(tree(parser.parse(theirs)), tree(parser.parse(ours)));
    }

    @Test
    void subSequencesReportOffsetsIntoThePage() {
        BasedSequence line = MarkdownSource.of("# title\ntext\n").subSequence(8, 12);
        assertEquals("text", line.toString());
        assertEquals(8, line.getStartOffset());
        assertEquals(12, line.getEndOffset());
        assertEquals("ex", line.subSequence(1, 3).toString());
        assertEquals(9, line.subSequence(1, 3).getStartOffset());
    }

    /** Each node's class, source range and text, with its descendants indented. */
    static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth))
                .append(node)
                .append(' ')
                .append(node.getChars().getSourceRange())
                .append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) append(child, depth + 1, out);
    }
}
