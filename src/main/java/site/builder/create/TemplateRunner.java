package site.builder.create;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import site.builder.create.TemplateNode.Block;
import site.builder.create.TemplateNode.Chain;
import site.builder.create.TemplateNode.Command;
import site.builder.create.TemplateNode.Operand;
import site.builder.create.TemplateNode.Pipeline;

/**
 * Runs a parsed archetype over its data as Go's text/template does: the dot starts as the data and changes in
 * with and range; variables live until the end of the block that declared them ($ is the data); a pipeline's
 * value is passed as the last argument of the next command; a value is printed as Go's fmt prints it.
 */
final class TemplateRunner {
    private final Object root;
    private final TemplateFunctions functions;
    /** Variables, innermost block last. */
    private final List<Map<String, Object>> scopes = new ArrayList<>();

    TemplateRunner(Object root, TemplateFunctions functions) {
        this.root = root;
        this.functions = functions;
    }

    String run(List<TemplateNode> nodes) {
        StringBuilder out = new StringBuilder();
        block(nodes, root, out);
        return out.toString();
    }

    private void block(List<TemplateNode> nodes, Object dot, StringBuilder out) {
        scopes.add(new HashMap<>());
        try {
            for (TemplateNode node : nodes) node(node, dot, out);
        } finally {
            scopes.remove(scopes.size() - 1);
        }
    }

    private void node(TemplateNode node, Object dot, StringBuilder out) {
        if (node instanceof TemplateNode.Text text) {
            out.append(text.text());
        } else if (node instanceof TemplateNode.Action action) {
            Object value = pipeline(action.pipeline(), dot, action.line());
            if (action.pipeline().variables().isEmpty()) out.append(printed(value, action));
        } else if (node instanceof Block b) {
            scopes.add(new HashMap<>());
            try {
                switch (b.keyword()) {
                    case "if" ->
                        block(
                                TemplateValues.truth(pipeline(b.pipeline(), dot, b.line())) ? b.body() : b.otherwise(),
                                dot,
                                out);
                    case "with" -> {
                        Object value = pipeline(b.pipeline(), dot, b.line());
                        if (TemplateValues.truth(value)) block(b.body(), value, out);
                        else block(b.otherwise(), dot, out);
                    }
                    default -> range(b, dot, out);
                }
            } finally {
                scopes.remove(scopes.size() - 1);
            }
        }
    }

    private static String printed(Object value, TemplateNode.Action action) {
        try {
            return TemplateValues.print(value);
        } catch (IllegalArgumentException e) {
            throw new TemplateError(action.line(), "{{ " + action.pipeline().source() + " }}: " + e.getMessage());
        }
    }

    private void range(Block b, Object dot, StringBuilder out) {
        Object value = commands(b.pipeline(), dot, b.line());
        List<Object[]> entries = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) entries.add(new Object[] {(long) i, list.get(i)});
        } else if (value instanceof Map<?, ?> map) {
            new TreeMap<Object, Object>(map).forEach((k, v) -> entries.add(new Object[] {k, v}));
        } else if (value != null) {
            throw new TemplateError(
                    b.line(),
                    "{{ range " + b.pipeline().source() + " }}: range can't iterate over "
                            + TemplateValues.print(value));
        }
        if (entries.isEmpty()) {
            block(b.otherwise(), dot, out);
            return;
        }
        List<String> names = b.pipeline().variables();
        for (Object[] entry : entries) {
            Map<String, Object> scope = scopes.get(scopes.size() - 1);
            if (names.size() == 1) scope.put(names.get(0), entry[1]);
            if (names.size() == 2) {
                scope.put(names.get(0), entry[0]);
                scope.put(names.get(1), entry[1]);
            }
            block(b.body(), entry[1], out);
        }
    }

    /** The pipeline's value, after declaring or assigning its variable if it has one. */
    private Object pipeline(Pipeline p, Object dot, int line) {
        Object value = commands(p, dot, line);
        if (p.variables().size() > 1)
            throw new TemplateError(line, "{{ " + p.source() + " }}: two variables outside range");
        if (p.variables().size() == 1) {
            String name = p.variables().get(0);
            if (p.declares()) {
                scopes.get(scopes.size() - 1).put(name, value);
            } else {
                scopeOf(name, p, line).put(name, value);
            }
        }
        return value;
    }

    private Object commands(Pipeline p, Object dot, int line) {
        Object value = null;
        boolean piped = false;
        for (Command command : p.commands()) {
            try {
                value = command(command, dot, piped, value, line);
            } catch (IllegalArgumentException e) {
                throw new TemplateError(line, "{{ " + p.source() + " }}: " + e.getMessage());
            }
            piped = true;
        }
        return value;
    }

    private Object command(Command command, Object dot, boolean piped, Object pipedValue, int line) {
        List<Operand> words = command.words();
        Operand head = words.get(0);
        List<Object> args = new ArrayList<>();
        for (Operand word : words.subList(1, words.size())) args.add(value(word, dot, line));
        if (piped) args.add(pipedValue);
        if (head instanceof TemplateNode.Function f) return functions.call(f.name(), args);
        if (head instanceof Chain chain && !args.isEmpty()) {
            Object receiver = value(chain.start(), dot, line);
            List<String> fields = chain.fields();
            for (String field : fields.subList(0, fields.size() - 1))
                receiver = TemplateValues.field(receiver, field, List.of());
            return TemplateValues.field(receiver, fields.get(fields.size() - 1), args);
        }
        if (!args.isEmpty())
            throw new IllegalArgumentException("can't give arguments to a value that is not a function");
        return value(head, dot, line);
    }

    private Object value(Operand operand, Object dot, int line) {
        if (operand instanceof TemplateNode.Literal literal) return literal.value();
        if (operand instanceof TemplateNode.Dot) return dot;
        if (operand instanceof TemplateNode.Function f) return functions.call(f.name(), List.of());
        if (operand instanceof TemplateNode.Nested nested) return commands(nested.pipeline(), dot, line);
        if (operand instanceof TemplateNode.Variable v) return variable(v.name());
        Chain chain = (Chain) operand;
        Object value = value(chain.start(), dot, line);
        for (String field : chain.fields()) value = TemplateValues.field(value, field, List.of());
        return value;
    }

    private Object variable(String name) {
        if (name.isEmpty()) return root;
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i).containsKey(name)) return scopes.get(i).get(name);
        }
        throw new IllegalArgumentException("undefined variable: $" + name);
    }

    private Map<String, Object> scopeOf(String name, Pipeline p, int line) {
        for (int i = scopes.size() - 1; i >= 0; i--) if (scopes.get(i).containsKey(name)) return scopes.get(i);
        throw new TemplateError(line, "{{ " + p.source() + " }}: undefined variable: $" + name);
    }
}
