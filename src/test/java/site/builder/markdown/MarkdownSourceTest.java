package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
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

    @Test
    void readsOutsideASubSequenceFailAsInFlexmarksOwnEvenWhereThePageGoesOn() {
        String text = "0123456789";
        for (BasedSequence page : List.of(BasedSequence.of(text), MarkdownSource.of(text))) {
            BasedSequence middle = page.subSequence(2, 6);
            assertEquals('5', middle.charAt(3));
            assertThrows(
                    IndexOutOfBoundsException.class,
                    () -> middle.charAt(4),
                    page.getClass().getName());
            assertThrows(IndexOutOfBoundsException.class, () -> middle.charAt(-1));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.subSequence(0, 5));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.subSequence(-1, 2));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.subSequence(3, 2));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.baseSubSequence(5, 11));
            assertEquals("6789", middle.baseSubSequence(6, 10).toString());
            assertEquals(6, middle.getIndexOffset(4));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.getIndexOffset(5));
            assertThrows(IndexOutOfBoundsException.class, () -> middle.getIndexOffset(-1));
        }
    }

    @Test
    void holdsNoOptionsAsFlexmarksOwnSequenceOverAString() {
        DataKey<String> key = new DataKey<>("key", "its default");
        for (BasedSequence page : List.of(BasedSequence.of("text"), MarkdownSource.of("text"))) {
            assertEquals(0, page.getOptionFlags());
            assertFalse(page.allOptions(1));
            assertFalse(page.anyOptions(1));
            assertFalse(page.anyOptions(-1));
            assertEquals("its default", page.getOption(key));
        }
    }

    @Test
    void theBaseFlexmarkReadsIsThePagesText() {
        String text = "# title\ntext\0\n";
        CharSequence base =
                (CharSequence) MarkdownSource.of(text).subSequence(8, 12).getBase();
        assertEquals(text.length(), base.length());
        assertEquals('x', base.charAt(10));
        assertEquals("text", base.subSequence(8, 12).toString());
        assertEquals(text, base.toString());
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
