package site.builder.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Explains SnakeYAML's errors (the ones Hugo's go-yaml reports as "did not find expected ','" and the like). */
final class YamlSyntaxError {
    private static final String QUOTE_HINT = "quote the value if the brackets are text (title: \"[draft] notes\")";

    private YamlSyntaxError() {}

    static SyntaxError of(JsonProcessingException e) {
        if (!(e.getCause() instanceof MarkedYAMLException m)) return jacksonError(e);
        String context = m.getContext() == null ? "" : m.getContext();
        String problem = m.getProblem() == null ? "" : m.getProblem();
        int problemLine = line(m.getProblemMark(), SyntaxError.lineOf(e));
        int contextLine = line(m.getContextMark(), problemLine);
        String found = found(problem);
        if (context.startsWith("while parsing a flow sequence")) {
            return new SyntaxError(
                    contextLine,
                    "a list opened with [ on this line is not closed" + at(found, "] or ,"),
                    "end it with ], or " + QUOTE_HINT);
        }
        if (context.startsWith("while parsing a flow mapping")) {
            return new SyntaxError(
                    contextLine,
                    "a table opened with { on this line is not closed" + at(found, "} or ,"),
                    "end it with }, or quote the value if the braces are text (title: \"{{ .Title }}\")");
        }
        if (context.startsWith("while parsing a flow node")) {
            // its marks are both at the end; Jackson's location is the last token read: the [ or {
            return new SyntaxError(
                    SyntaxError.lineOf(e),
                    "a list or table opened with [ or { on this line is not finished" + at(found, "a value"),
                    "end it with ] or }, or " + QUOTE_HINT);
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            return new SyntaxError(
                    contextLine,
                    "a quoted value on this line is not closed",
                    "end it with the quote it starts with; write a \" inside \"...\" as \\\" and a ' inside '...' as ''");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return new SyntaxError(
                    problemLine,
                    "a second \": \" on one line",
                    "quote a value that contains \": \" (title: \"Kubernetes: a primer\")");
        }
        if (problem.contains("(TAB)")) {
            return new SyntaxError(problemLine, "a tab in the indentation", "YAML is indented with spaces only");
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            return new SyntaxError(
                    problemLine,
                    "a value starts with " + problem.replaceFirst("found character '([^']*)'.*", "$1")
                            + ", which YAML reserves",
                    "quote the value (title: \"@me\")");
        }
        if (problem.startsWith("expected <block end>, but found ']'")
                || problem.startsWith("expected <block end>, but found '}'")) {
            return new SyntaxError(
                    problemLine,
                    "a " + found.replace("\"", "") + " that closes nothing",
                    "remove it, or " + QUOTE_HINT);
        }
        if (context.startsWith("while parsing a block mapping") && problem.startsWith("expected <block end>")) {
            return new SyntaxError(
                    problemLine,
                    "this line's indentation does not match the keys above it",
                    "indent every key of one table by the same number of spaces");
        }
        String said = (context.isEmpty() ? "" : context + ": ") + problem;
        return new SyntaxError(problemLine, said.replaceAll("\\s+", " ").trim(), "");
    }

    /** Jackson's own checks: a table or list where a key should be ({@code title: {{ .Title }}}). */
    private static SyntaxError jacksonError(JsonProcessingException e) {
        String message = SyntaxError.plain(e);
        if (message.startsWith("Expected a field name") && message.contains("MappingStartEvent")) {
            return new SyntaxError(
                    SyntaxError.lineOf(e),
                    "a table is used as a key (a value starting with {{ is read as a table)",
                    "quote the value (title: \"{{ .Title }}\")");
        }
        if (message.startsWith("Expected a field name")) {
            return new SyntaxError(SyntaxError.lineOf(e), "a list or table is used as a key", QUOTE_HINT);
        }
        return new SyntaxError(SyntaxError.lineOf(e), message, "");
    }

    private static int line(Mark mark, int fallback) {
        return mark == null ? fallback : mark.getLine() + 1;
    }

    /** What the parser found instead ("but got :" or "but found ']'"), or "". */
    private static String found(String problem) {
        int at = problem.lastIndexOf(", but ");
        if (at < 0) return "";
        String what =
                problem.substring(at + 6).replaceFirst("^(got|found) ", "").replace("'", "");
        return what.equals("<stream end>") ? "the end of the text" : "\"" + what + "\"";
    }

    private static String at(String found, String expected) {
        return found.isEmpty() ? "" : " (found " + found + " where " + expected + " should be)";
    }
}
