package site.builder.create;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import site.builder.create.TemplateNode.Block;
import site.builder.create.TemplateNode.Pipeline;

/**
 * Reads an archetype as Go's text/template does: text and {{ actions }}, the trim markers {@code {{- } and
 * {@code -}}}, comments, and the blocks if / else if / else, with / else and range / else, each closed by end
 * (Hugo 0.111.3 is built with Go 1.20: no else with, break or continue).
 * Actions go to {@link ActionParser}; a block left open, an end too many or a keyword archetypes have no use for
 * (define, template, block, break) is an error at its line.
 */
final class TemplateParser {
    private final String text;
    private int at;
    private int line = 1;

    private TemplateParser(String text) {
        this.text = text;
    }

    static List<TemplateNode> parse(String text) {
        return new TemplateParser(text).nodes();
    }

    /** A block being read: the nodes of its body, then (after else) of its else part. */
    private static final class Open {
        final String keyword;
        final Pipeline pipeline;
        final int line;
        final List<TemplateNode> body = new ArrayList<>();
        List<TemplateNode> otherwise;
        /** An "else if" opens a block that the same end closes. */
        final boolean elseIf;

        Open(String keyword, Pipeline pipeline, int line, boolean elseIf) {
            this.keyword = keyword;
            this.pipeline = pipeline;
            this.line = line;
            this.elseIf = elseIf;
        }

        List<TemplateNode> current() {
            return otherwise != null ? otherwise : body;
        }

        Block close() {
            return new Block(
                    keyword, pipeline, List.copyOf(body), otherwise == null ? List.of() : List.copyOf(otherwise), line);
        }
    }

    private List<TemplateNode> nodes() {
        List<TemplateNode> top = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        while (true) {
            int start = text.indexOf("{{", at);
            String before = text.substring(at, start < 0 ? text.length() : start);
            if (start < 0) {
                add(top, open, before);
                break;
            }
            line += count(before);
            at = start + 2;
            boolean trimLeft = text.startsWith("- ", at) || text.startsWith("-\t", at) || text.startsWith("-\n", at);
            add(top, open, trimLeft ? before.stripTrailing() : before);
            int actionLine = line;
            String action = actionText(trimLeft);
            if (!action.isEmpty()) handle(action, actionLine, top, open);
        }
        if (!open.isEmpty()) {
            Open first = open.peek();
            throw new TemplateError(
                    first.line,
                    "{{ " + first.keyword + " " + first.pipeline.source() + " }} is never closed with {{ end }}");
        }
        return top;
    }

    /** The action's text without its delimiters and trim markers (empty for a comment); moves past it. */
    private String actionText(boolean trimLeft) {
        int from = at + (trimLeft ? 1 : 0);
        int end = closing(from);
        String inner = text.substring(from, end);
        at = end + 2;
        line += count(inner);
        if (inner.endsWith(" -") || inner.endsWith("\t-") || inner.endsWith("\n-")) {
            inner = inner.substring(0, inner.length() - 1);
            int skip = at;
            while (skip < text.length() && Character.isWhitespace(text.charAt(skip))) skip++;
            line += count(text.substring(at, skip));
            at = skip;
        }
        String body = inner.strip();
        if (body.startsWith("/*")) {
            if (!body.endsWith("*/")) throw new TemplateError(line, "a comment {{/* must end with */}}");
            return "";
        }
        return body;
    }

    /** Where the action that starts at {@code from} ends ("}}" outside string literals). */
    private int closing(int from) {
        char quote = 0;
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '/' && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) break;
                i = end + 1;
            } else if (c == '}' && text.charAt(i + 1) == '}') {
                return i;
            }
        }
        throw new TemplateError(line, "an action opened with {{ is not closed with }}");
    }

    private void handle(String action, int actionLine, List<TemplateNode> top, Deque<Open> open) {
        String keyword = action.split("[\\s(]", 2)[0];
        String rest = action.substring(keyword.length()).strip();
        switch (keyword) {
            case "if", "with", "range" ->
                open.push(new Open(keyword, pipeline(rest, actionLine, keyword), actionLine, false));
            case "else" -> elseBranch(rest, actionLine, open);
            case "end" -> {
                if (!rest.isEmpty()) throw new TemplateError(actionLine, "{{ end }} takes nothing after it");
                if (open.isEmpty())
                    throw new TemplateError(actionLine, "{{ end }} without an if, with or range to close");
                Open closed = open.pop();
                add(top, open, closed.close());
                while (closed.elseIf) {
                    closed = open.pop();
                    add(top, open, closed.close());
                }
            }
            case "define", "template", "block", "break", "continue" ->
                throw new TemplateError(
                        actionLine,
                        "{{ " + keyword
                                + " }} is not supported in archetypes here (if, else, with, range and end are)");
            default -> add(top, open, new TemplateNode.Action(ActionParser.parse(action, actionLine), actionLine));
        }
    }

    private void elseBranch(String rest, int actionLine, Deque<Open> open) {
        if (open.isEmpty() || open.peek().otherwise != null) {
            throw new TemplateError(actionLine, "{{ else }} without an if, with or range before it");
        }
        Open block = open.peek();
        block.otherwise = new ArrayList<>();
        if (rest.isEmpty()) return;
        String keyword = rest.split("[\\s(]", 2)[0];
        if (!keyword.equals("if")) {
            throw new TemplateError(
                    actionLine, "{{ else " + rest + " }}: only else if may follow else (Go 1.20's templates)");
        }
        String condition = rest.substring(keyword.length()).strip();
        open.push(new Open(keyword, pipeline(condition, actionLine, keyword), actionLine, true));
    }

    private static Pipeline pipeline(String source, int actionLine, String keyword) {
        if (source.isEmpty()) throw new TemplateError(actionLine, "{{ " + keyword + " }} needs a value to test");
        return ActionParser.parse(source, actionLine);
    }

    /** Adds a node to the innermost open block, else to the top level; empty text is dropped. */
    private static void add(List<TemplateNode> top, Deque<Open> open, Object node) {
        TemplateNode n = node instanceof CharSequence s ? new TemplateNode.Text(s.toString()) : (TemplateNode) node;
        if (n instanceof TemplateNode.Text t && t.text().isEmpty()) return;
        (open.isEmpty() ? top : open.peek().current()).add(n);
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
