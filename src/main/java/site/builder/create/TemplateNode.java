package site.builder.create;

import java.util.List;

/** The parsed form of an archetype: text, actions and the blocks if, with and range, each with its line. */
sealed interface TemplateNode {
    record Text(String text) implements TemplateNode {}

    /** {{ pipeline }}: its value is printed, unless it declares or assigns a variable. */
    record Action(Pipeline pipeline, int line) implements TemplateNode {}

    /** {{ if }}, {{ with }} (the dot becomes the value) and {{ range }} (once per element), each with an else. */
    record Block(String keyword, Pipeline pipeline, List<TemplateNode> body, List<TemplateNode> otherwise, int line)
            implements TemplateNode {}

    /** Commands joined by |, and the variables it declares ({@code :=}) or assigns ({@code =}), if any. */
    record Pipeline(List<String> variables, boolean declares, List<Command> commands, String source) {}

    /** A function with its arguments, or one operand (a method such as {@code now.Format} takes arguments too). */
    record Command(List<Operand> words) {}

    sealed interface Operand {}

    /** A literal value: a string, a number, true, false or nil. */
    record Literal(Object value) implements Operand {}

    /** A function by name ({@code replace}, {@code strings.TrimPrefix}). */
    record Function(String name) implements Operand {}

    /** Fields from a start: the dot ({@code .Site.Title}), a variable ({@code $t.Name}) or another operand. */
    record Chain(Operand start, List<String> fields) implements Operand {}

    /** The dot itself. */
    record Dot() implements Operand {}

    /** {@code $name} ("$" alone is the archetype's data). */
    record Variable(String name) implements Operand {}

    /** A parenthesized pipeline. */
    record Nested(Pipeline pipeline) implements Operand {}
}
