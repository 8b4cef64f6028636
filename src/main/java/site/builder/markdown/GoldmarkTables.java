package site.builder.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * GFM tables found as goldmark 1.5 finds them, replacing flexmark's table pre-processor: the first delimiter
 * row anywhere in a paragraph, after its first line, makes a table of the line above it and every line below
 * it, so a table may follow a paragraph line without a blank line between ({@code **Metrics:**} then the
 * header row), and every later line of the paragraph is a row, even one without a pipe. The header must have
 * as many cells as the delimiter row has columns, or there is no table. With block attributes on, Hugo's
 * {@code {.class}} line interrupts the paragraph, so it ends the table and stays a paragraph of its own for
 * {@link BlockAttributeLines}.
 */
final class GoldmarkTables implements ParagraphPreProcessor {
    private final TableRows rows;
    private final boolean attributeLines;

    private GoldmarkTables(ParserState state, boolean attributeLines) {
        this.rows = new TableRows(state.getInlineParser());
        this.attributeLines = attributeLines;
    }

    static ParagraphPreProcessorFactory factory(boolean attributeLines) {
        return new ParagraphPreProcessorFactory() {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return Set.of(ReferencePreProcessorFactory.class);
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public ParagraphPreProcessor apply(ParserState state) {
                return new GoldmarkTables(state, attributeLines);
            }
        };
    }

    @Override
    public int preProcessBlock(Paragraph paragraph, ParserState state) {
        List<BasedSequence> lines = paragraph.getContentLines();
        int end = attributeLines ? firstAttributeLine(lines) : lines.size();
        for (int i = 1; i < end; i++) {
            List<TableCell.Alignment> alignments = TableRows.delimiter(lines.get(i));
            if (alignments == null) continue;
            if (TableRows.cellCount(lines.get(i - 1).trim()) > alignments.size()) return 0;
            TableBlock table = table(lines, i, end, alignments);
            if (i == 1) {
                paragraph.insertBefore(table);
                state.blockAdded(table);
                return end == lines.size()
                        ? paragraph.getChars().length()
                        : lines.get(end).getStartOffset() - paragraph.getStartOffset();
            }
            if (end < lines.size()) rest(paragraph, end, state);
            paragraph.setContent(paragraph, 0, i - 1);
            paragraph.insertAfter(table);
            state.blockAdded(table);
            return 0;
        }
        return 0;
    }

    /** The lines from the first attribute line on (not the first line), which end a table; all lines when none. */
    private static int firstAttributeLine(List<BasedSequence> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (BlockAttributeLines.isAttributeLine(lines.get(i).toString().strip())) return i;
        }
        return lines.size();
    }

    /** Lines after a table that follows text: a paragraph of their own after the table, parsed here. */
    private void rest(Paragraph paragraph, int from, ParserState state) {
        Paragraph rest = new Paragraph();
        rest.setContent(paragraph, from, paragraph.getLineCount());
        paragraph.insertAfter(rest);
        state.getInlineParser().parse(rest.getContentChars(), rest);
        state.blockAdded(rest);
    }

    private TableBlock table(List<BasedSequence> lines, int delimiter, int end, List<TableCell.Alignment> alignments) {
        TableBlock table = new TableBlock(lines.subList(delimiter - 1, end));
        TableHead head = new TableHead();
        head.appendChild(rows.row(lines.get(delimiter - 1).trim(), alignments, true));
        table.appendChild(head);
        TableBody body = new TableBody();
        for (int j = delimiter + 1; j < end; j++)
            body.appendChild(rows.row(lines.get(j).trim(), alignments, false));
        table.appendChild(body);
        head.setCharsFromContent();
        body.setCharsFromContent();
        table.setCharsFromContent();
        return table;
    }
}
