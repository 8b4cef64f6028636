package site.builder.markdown.highlight;

/**
 * Hugo's [markup.highlight] table, also the per-block options ({@code ```go {linenos=table,hl_lines=[2]}}).
 * {@code lineNos} is "false", "true"/"inline" or "table" after {@link #withLineNos}.
 */
public record HighlightOptions(
        boolean codeFences,
        boolean guessSyntax,
        boolean noClasses,
        String style,
        LineNumbers lineNos,
        int lineNoStart,
        String hlLines,
        int tabWidth,
        boolean anchorLineNos,
        String lineAnchors,
        boolean noHl,
        boolean hlInline) {

    public enum LineNumbers {
        NONE,
        INLINE,
        TABLE
    }

    public static final HighlightOptions DEFAULT =
            new HighlightOptions(true, false, true, "monokai", LineNumbers.NONE, 1, "", 4, false, "", false, false);

    /** Hugo: lineNos true means table unless lineNumbersInTable is false. */
    public static LineNumbers lineNumbers(String lineNos, boolean inTable) {
        return switch (lineNos.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> inTable ? LineNumbers.TABLE : LineNumbers.INLINE;
            case "inline" -> LineNumbers.INLINE;
            case "table" -> LineNumbers.TABLE;
            default -> LineNumbers.NONE;
        };
    }

    public HighlightOptions with(LineNumbers lines, int start, String hl, boolean classesOff, String styleName) {
        return new HighlightOptions(
                codeFences,
                guessSyntax,
                classesOff,
                styleName,
                lines,
                start,
                hl,
                tabWidth,
                anchorLineNos,
                lineAnchors,
                noHl,
                hlInline);
    }

    /** Line numbers as links ({@code anchorLineNos}) with ids "prefix-N" ("N" without a prefix), and hl_inline. */
    public HighlightOptions withAnchors(boolean anchors, String prefix, boolean inline) {
        return new HighlightOptions(
                codeFences,
                guessSyntax,
                noClasses,
                style,
                lineNos,
                lineNoStart,
                hlLines,
                tabWidth,
                anchors,
                prefix,
                noHl,
                inline);
    }
}
