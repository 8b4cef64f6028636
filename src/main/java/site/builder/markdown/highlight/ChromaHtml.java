package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes tokens as Chroma's HTML formatter does (as Hugo configures it): one {@code span.line > span.cl} per
 * line, Chroma's classes or inline styles, optional line numbers inline or in a table, highlighted lines.
 */
final class ChromaHtml {
    private static final String TABLE_CSS = "border-spacing:0;padding:0;margin:0;border:0;";
    private static final String TD_CSS = "vertical-align:top;padding:0;margin:0;border:0;";
    private static final String TAB_SIZE_4 = "-moz-tab-size:4;-o-tab-size:4;tab-size:4;";

    private final HighlightOptions options;
    private final boolean classes;
    private final List<int[]> highlighted;
    private final Style style;

    ChromaHtml(HighlightOptions options, List<int[]> highlighted) {
        this.options = options;
        this.classes = !options.noClasses();
        this.highlighted = highlighted;
        this.style = Style.named(options.style());
    }

    String format(List<Token> tokens, String language) {
        List<List<Token>> lines = splitLines(tokens);
        int digits = String.valueOf(options.lineNoStart() + lines.size() - 1).length();
        int length = 0;
        for (Token t : tokens) length += t.text().length();
        // Inline styles make the HTML several times the code; start big enough to copy it few times.
        StringBuilder out = new StringBuilder(256 + length * (classes ? 3 : 6));
        boolean table = options.lineNos() == HighlightOptions.LineNumbers.TABLE;
        if (table) {
            out.append("<div").append(attr("chroma", preCss())).append(">\n");
            out.append("<table").append(attr("lntable", TABLE_CSS)).append("><tr><td").append(attr("lntd", TD_CSS)).append(">\n");
            out.append(preStart("")).append(lineNumberColumn(lines.size(), digits)).append("</code></pre></td>\n");
            out.append("<td").append(attr("lntd", TD_CSS + ";width:100%")).append(">\n");
        }
        out.append(preStart(language));
        for (int i = 0; i < lines.size(); i++) line(out, lines.get(i), options.lineNoStart() + i, digits, table);
        out.append("</code></pre>");
        if (table) out.append("</td></tr></table>\n</div>\n");
        return out.toString();
    }

    private String preStart(String language) {
        String code = language.isEmpty() ? "<code>" : "<code class=\"language-" + language + "\" data-lang=\"" + language + "\">";
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
            col.append("<span").append(attr("lnt", style.lineNumbersTable)).append(lineNumber(n, digits)).append("\n</span>");
            if (hl) col.append("</span>");
        }
        return col.toString();
    }

    private void line(StringBuilder out, List<Token> tokens, int number, int digits, boolean table) {
        if (isHighlighted(number)) {
            out.append(classes ? "<span class=\"line hl\">" : "<span style=\"display:flex; " + style.highlight + "\">");
        } else {
            out.append("<span").append(attr("line", "display:flex;")).append('>');
        }
        if (options.lineNos() == HighlightOptions.LineNumbers.INLINE && !table) {
            out.append("<span").append(attr("ln", style.lineNumbers)).append(lineNumber(number, digits)).append("</span>");
        }
        out.append("<span").append(attr("cl", null)).append('>');
        tokens(out, tokens);
        out.append("</span></span>");
    }

    /** hl_inline: the tokens alone in a {@code code.code-inline}, no pre, lines or line numbers. */
    String inline(List<Token> tokens, String language) {
        StringBuilder out = new StringBuilder("<code class=\"code-inline language-").append(language).append("\">");
        tokens(out, tokens);
        return out.append("</code>").toString();
    }

    /** The end of a line number's opening tag and the number: with anchorLineNos an id and a link to it. */
    private String lineNumber(int number, int digits) {
        if (!options.anchorLineNos()) return ">" + pad(number, digits);
        String id = options.lineAnchors().isEmpty() ? Integer.toString(number) : options.lineAnchors() + "-" + number;
        return " id=\"" + id + "\"><a" + attr("lnlinks", style.lineLink) + " href=\"#" + id + "\">" + pad(number, digits) + "</a>";
    }

    private void tokens(StringBuilder out, List<Token> tokens) {
        for (Token t : tokens) {
            String css = classes ? null : style.css(t.type());
            String cls = t.type().cssClass();
            boolean span = classes ? !cls.isEmpty() : css != null;
            if (span && classes) out.append("<span class=\"").append(cls).append("\">");
            if (span && !classes) out.append("<span style=\"").append(css).append("\">");
            GoHtml.escape(out, t.text());
            if (span) out.append("</span>");
        }
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

    /**
     * Splits tokens at newlines like Chroma's SplitTokensIntoLines: each line keeps its trailing newline, and
     * the (possibly empty) rest of a split token starts the next line, so Chroma writes an empty span there.
     */
    static List<List<Token>> splitLines(List<Token> tokens) {
        List<List<Token>> lines = new ArrayList<>();
        List<Token> line = new ArrayList<>();
        for (Token t : tokens) {
            String text = t.text();
            int start = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                line.add(new Token(t.type(), text.substring(start, nl + 1)));
                lines.add(line);
                line = new ArrayList<>();
                start = nl + 1;
            }
            line.add(new Token(t.type(), text.substring(start)));
        }
        if (!line.isEmpty() && !(line.size() == 1 && line.get(0).text().isEmpty())) lines.add(line);
        return lines;
    }
}
