package site.builder.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.List;

/** The rows of a GFM table as goldmark 1.5 splits them into cells (extension/table.go, parseRow and parseDelimiter). */
final class TableRows {
    private final InlineParser inline;

    TableRows(InlineParser inline) {
        this.inline = inline;
    }

    /** The column alignments of a delimiter row ({@code |:--|--:|}), or null when the line is none; null in the list means none. */
    static List<TableCell.Alignment> delimiter(BasedSequence untrimmed) {
        // most paragraph lines fail on their first character, before anything is allocated
        int first = 0;
        while (first < untrimmed.length() && (untrimmed.charAt(first) == ' ' || untrimmed.charAt(first) == '\t'))
            first++;
        if (first == untrimmed.length() || "-|:".indexOf(untrimmed.charAt(first)) < 0 || indentWidth(untrimmed) > 3)
            return null;
        BasedSequence line = untrimmed.trim();
        if (line.isEmpty() || !isDelimiterChars(line)) return null;
        List<String> cols = new ArrayList<>(List.of(line.toString().split("\\|", -1)));
        if (cols.get(0).isBlank()) cols.remove(0);
        if (!cols.isEmpty() && cols.get(cols.size() - 1).isBlank()) cols.remove(cols.size() - 1);
        if (cols.isEmpty()) return null;
        List<TableCell.Alignment> out = new ArrayList<>();
        for (String col : cols) {
            String c = col.strip();
            boolean left = c.startsWith(":"), right = c.endsWith(":") && c.length() > 1;
            String dashes = c.substring(left ? 1 : 0, c.length() - (right ? 1 : 0));
            if (dashes.isEmpty() || !dashes.chars().allMatch(ch -> ch == '-')) return null;
            out.add(
                    left && right
                            ? TableCell.Alignment.CENTER
                            : left ? TableCell.Alignment.LEFT : right ? TableCell.Alignment.RIGHT : null);
        }
        return out;
    }

    /** Columns of leading white space, a tab to the next multiple of 4: four or more make no delimiter row. */
    private static int indentWidth(BasedSequence line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') width++;
            else if (c == '\t') width += 4 - width % 4;
            else break;
        }
        return width;
    }

    private static boolean isDelimiterChars(BasedSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '-' && c != '|' && c != ':' && c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** How many cells a header row has (it is not cut to the column count). */
    static int cellCount(BasedSequence line) {
        return cells(line, Integer.MAX_VALUE).size();
    }

    /** A row of exactly as many cells as there are columns: extra cells dropped, missing ones added empty. */
    TableRow row(BasedSequence line, List<TableCell.Alignment> alignments, boolean header) {
        TableRow row = new TableRow(line);
        List<BasedSequence> cells = cells(line, header ? Integer.MAX_VALUE : alignments.size());
        for (int i = 0; i < alignments.size(); i++) {
            TableCell cell = new TableCell(i < cells.size() ? cells.get(i) : line.subSequence(line.length()));
            cell.setHeader(header);
            if (i < cells.size()) {
                cell.setAlignment(alignments.get(i));
                cell.setText(cells.get(i));
                inline.parse(cells.get(i), cell);
                unescapePipesInCode(cell);
            }
            row.appendChild(cell);
        }
        return row;
    }

    /** The cells' text, trimmed: split at pipes not escaped with a backslash, the outer pipes optional. */
    private static List<BasedSequence> cells(BasedSequence line, int max) {
        int pos = 0, limit = line.length();
        if (limit > 0 && line.charAt(0) == '|') pos++;
        if (limit > pos && line.charAt(limit - 1) == '|') limit--;
        List<BasedSequence> out = new ArrayList<>();
        while (pos < limit && out.size() < max) {
            int end = pos;
            while (end < limit && !(line.charAt(end) == '|' && (end == 0 || line.charAt(end - 1) != '\\'))) end++;
            out.add(line.subSequence(pos, end).trim());
            pos = end + 1;
        }
        return out;
    }

    /** goldmark drops the backslash of {@code \|} inside a cell's code spans, where it would otherwise stay. */
    private static void unescapePipesInCode(Node cell) {
        for (Node n : cell.getDescendants()) {
            if (!(n instanceof Code code) || code.getText().indexOf("\\|") < 0) continue;
            BasedSequence text = code.getText();
            List<BasedSequence> pieces = new ArrayList<>();
            int from = 0;
            for (int at = text.indexOf("\\|"); at >= 0; at = text.indexOf("\\|", at + 2)) {
                pieces.add(text.subSequence(from, at));
                from = at + 1;
            }
            pieces.add(text.subSequence(from));
            code.setText(SegmentedSequence.create(text, pieces));
        }
    }
}
