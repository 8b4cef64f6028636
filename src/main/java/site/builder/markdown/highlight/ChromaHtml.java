package site.builder.markdown.highlight;

import java.util.List;
import site.common.GoHtml;

/**
 * Writes tokens as Chroma's HTML formatter does (as Hugo configures it): one {@code span.line > span.cl} per
 * line, Chroma's classes or inline styles, optional line numbers inline or in a table, highlighted lines.
 */
final class ChromaHtml {
    private static final String TABLE_CSS = "border-spacing:0;padding:0;margin:0;border:0;";
    private static final String TD_CSS = "vertical-align:top;padding:0;margin:0;border:0;";
    private static final String TAB_SIZE_4 = "-moz-tab-size:4;-o-tab-size:4;tab-size:4;";

    /** A token's opening tag in class mode per type's ordinal; null for plain text, which has no span. */
    private static final String[] CLASS_SPANS = classSpans();

    private final HighlightOptions options;
    private final boolean classes;
    private final List<int[]> highlighted;
    private final Style style;
    /** The opening tags of a line that is not highlighted and of its content, the same for every line. */
    private final String lineStart;

    private final String lineContentStart;

    ChromaHtml(HighlightOptions options, List<int[]> highlighted) {
        this.options = options;
        this.classes = !options.noClasses();
        this.highlighted = highlighted;
        this.style = Style.named(options.style());
        this.lineStart = classes ? "<span class=\"line\">" : "<span style=\"display:flex;\">";
        this.lineContentStart = classes ? "<span class=\"cl\">" : "<span>";
    }

    /** The block as Hugo writes it: the formatted tokens in a {@code div.highlight}. */
    String block(List<Token> tokens, String language) {
        return block(TokenList.of(tokens), language);
    }

    String block(TokenList tokens, String language) {
        // Only line numbers need the count up front (their width, the table's column): a pass over every token.
        boolean numbered = options.lineNos() != HighlightOptions.LineNumbers.NONE;
        int lineCount = numbered ? lineCount(tokens) : 0;
        int digits =
                numbered ? String.valueOf(options.lineNoStart() + lineCount - 1).length() : 0;
        StringBuilder out = scratch();
        out.append("<div class=\"highlight\">");
        format(out, tokens, language, lineCount, digits);
        String html = out.append("</div>").toString();
        if (out.capacity() <= MAX_SCRATCH
                && isLatin1(tokens)
                && isLatin1(language, 0, language.length())
                && isLatin1(options.lineAnchors(), 0, options.lineAnchors().length())) SCRATCH.set(out);
        return html;
    }

    /**
     * The builder a block is written into, kept per thread: a builder of its own, sized for the block's worst
     * case (inline styles make the HTML about eight times the code), cost as much to allocate and clear as the
     * string made of it. Kept only while it holds one byte a char: once a char beyond Latin-1 is written it stays
     * two bytes a char, and each {@code toString} would first try to compress it.
     */
    private static final ThreadLocal<StringBuilder> SCRATCH = new ThreadLocal<>();

    private static final int MAX_SCRATCH = 1 << 20;

    private static StringBuilder scratch() {
        StringBuilder out = SCRATCH.get();
        if (out == null) return new StringBuilder(1 << 14);
        SCRATCH.set(null);
        out.setLength(0);
        return out;
    }

    private static boolean isLatin1(TokenList tokens) {
        for (int i = 0; i < tokens.size(); i++)
            if (!isLatin1(tokens.source(i), tokens.start(i), tokens.end(i))) return false;
        return true;
    }

    private static boolean isLatin1(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) > 0xFF) return false;
        return true;
    }

    private void format(StringBuilder out, TokenList tokens, String language, int lineCount, int digits) {
        boolean table = options.lineNos() == HighlightOptions.LineNumbers.TABLE;
        if (table) {
            out.append("<div").append(attr("chroma", preCss())).append(">\n");
            out.append("<table")
                    .append(attr("lntable", TABLE_CSS))
                    .append("><tr><td")
                    .append(attr("lntd", TD_CSS))
                    .append(">\n");
            out.append(preStart("")).append(lineNumberColumn(lineCount, digits)).append("</code></pre></td>\n");
            out.append("<td").append(attr("lntd", TD_CSS + ";width:100%")).append(">\n");
        }
        out.append(preStart(language));
        new Lines(out, digits, table).write(tokens);
        out.append("</code></pre>");
        if (table) out.append("</td></tr></table>\n</div>\n");
    }

    /**
     * Writes the tokens line by line as Chroma's SplitTokensIntoLines splits them, without building the lines:
     * each line keeps its trailing newline, and the (possibly empty) rest of a split token starts the next line,
     * where Chroma writes it as an empty span; the empty rest after a newline that ends the last token is not
     * written (no line follows it: {@link #lineCount} does not count one).
     */
    private final class Lines {
        private final StringBuilder out;
        private final int digits;
        private final boolean table;
        private int index;
        private boolean open;

        Lines(StringBuilder out, int digits, boolean table) {
            this.out = out;
            this.digits = digits;
            this.table = table;
        }

        void write(TokenList tokens) {
            int last = tokens.size() - 1;
            for (int i = 0; i <= last; i++) {
                TokenType type = tokens.type(i);
                String text = tokens.source(i);
                int from = tokens.start(i);
                int to = tokens.end(i);
                int start = from;
                for (int nl = indexOfNewline(text, start, to); nl >= 0; nl = indexOfNewline(text, start, to)) {
                    segment(type, text, start, nl + 1);
                    out.append("</span></span>");
                    open = false;
                    index++;
                    start = nl + 1;
                }
                // Not written: the empty rest after a newline that ends the text, and a lone empty token.
                boolean nothingLeft = i == last && (start > from ? start == to : last == 0 && from == to);
                if (!nothingLeft) segment(type, text, start, to);
            }
            if (open) out.append("</span></span>");
        }

        private void segment(TokenType type, String text, int from, int to) {
            if (!open) openLine(out, options.lineNoStart() + index, digits, table);
            open = true;
            token(out, type, text, from, to);
        }
    }

    /** {@code text.indexOf('\n', from)} within {@code [from, to)}, or -1. */
    private static int indexOfNewline(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl < to ? nl : -1;
    }

    static int lineCount(List<Token> tokens) {
        return lineCount(TokenList.of(tokens));
    }

    /** How many lines {@link Lines} writes: one per newline, and one more unless the text ends with a newline. */
    static int lineCount(TokenList tokens) {
        int newlines = 0;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.source(i);
            int to = tokens.end(i);
            for (int nl = indexOfNewline(text, tokens.start(i), to); nl >= 0; nl = indexOfNewline(text, nl + 1, to)) {
                newlines++;
                last = i;
            }
        }
        if (last < 0) {
            boolean trivial = tokens.size() == 0 || tokens.size() == 1 && tokens.length(0) == 0;
            return trivial ? 0 : 1;
        }
        boolean trivial = last == tokens.size() - 1
                && tokens.length(last) > 0
                && tokens.source(last).charAt(tokens.end(last) - 1) == '\n';
        return newlines + (trivial ? 0 : 1);
    }

    private static String[] classSpans() {
        TokenType[] types = TokenType.values();
        String[] spans = new String[types.length];
        for (TokenType t : types)
            spans[t.ordinal()] = t.cssClass().isEmpty() ? null : "<span class=\"" + t.cssClass() + "\">";
        return spans;
    }

    private String preStart(String language) {
        String code = language.isEmpty()
                ? "<code>"
                : "<code class=\"language-" + language + "\" data-lang=\"" + language + "\">";
        return "<pre tabindex=\"0\"" + attr("chroma", preCss()) + ">" + code;
    }

    private String preCss() {
        return style.pre + tabSizeCss(options.tabWidth()) + (highlighted.isEmpty() ? "" : "display:grid;");
    }

    /** Hugo's default tab width is 4, so this runs for nearly every block: concatenation, not String.format. */
    private static String tabSizeCss(int width) {
        if (width == 4) return TAB_SIZE_4;
        if (width == 0 || width == 8) return "";
        String w = Integer.toString(width);
        return "-moz-tab-size:" + w + ";-o-tab-size:" + w + ";tab-size:" + w + ";";
    }

    private String lineNumberColumn(int count, int digits) {
        StringBuilder col = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int n = options.lineNoStart() + i;
            boolean hl = isHighlighted(n);
            if (hl) col.append("<span").append(attr("hl", style.highlight)).append('>');
            col.append("<span")
                    .append(attr("lnt", style.lineNumbersTable))
                    .append(lineNumber(n, digits))
                    .append("\n</span>");
            if (hl) col.append("</span>");
        }
        return col.toString();
    }

    private void openLine(StringBuilder out, int number, int digits, boolean table) {
        if (isHighlighted(number)) {
            out.append(classes ? "<span class=\"line hl\">" : "<span style=\"display:flex; " + style.highlight + "\">");
        } else {
            out.append(lineStart);
        }
        if (options.lineNos() == HighlightOptions.LineNumbers.INLINE && !table) {
            out.append("<span")
                    .append(attr("ln", style.lineNumbers))
                    .append(lineNumber(number, digits))
                    .append("</span>");
        }
        out.append(lineContentStart);
    }

    /** hl_inline: the tokens alone in a {@code code.code-inline}, no pre, lines or line numbers. */
    String inline(TokenList tokens, String language) {
        StringBuilder out = new StringBuilder("<code class=\"code-inline language-")
                .append(language)
                .append("\">");
        tokens(out, tokens);
        return out.append("</code>").toString();
    }

    /** The end of a line number's opening tag and the number: with anchorLineNos an id and a link to it. */
    private String lineNumber(int number, int digits) {
        if (!options.anchorLineNos()) return ">" + pad(number, digits);
        String id = options.lineAnchors().isEmpty() ? Integer.toString(number) : options.lineAnchors() + "-" + number;
        return " id=\"" + id + "\"><a" + attr("lnlinks", style.lineLink) + " href=\"#" + id + "\">"
                + pad(number, digits) + "</a>";
    }

    private void tokens(StringBuilder out, TokenList tokens) {
        for (int i = 0; i < tokens.size(); i++)
            token(out, tokens.type(i), tokens.source(i), tokens.start(i), tokens.end(i));
    }

    private void token(StringBuilder out, TokenType type, String text, int from, int to) {
        String span = classes ? CLASS_SPANS[type.ordinal()] : style.span(type);
        if (span != null) out.append(span);
        GoHtml.escape(out, text, from, to);
        if (span != null) out.append("</span>");
    }

    /** {@code class="x"} in class mode, {@code style="css"} otherwise; empty when there is nothing to write. */
    private String attr(String cssClass, String css) {
        if (classes) return cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
        return css == null || css.isEmpty() ? "" : " style=\"" + css + "\"";
    }

    private boolean isHighlighted(int line) {
        for (int[] r : highlighted) if (line >= r[0] && line <= r[1]) return true;
        return false;
    }

    private static String pad(int n, int digits) {
        String number = Integer.toString(n);
        return number.length() >= digits ? number : " ".repeat(digits - number.length()) + number;
    }
}
