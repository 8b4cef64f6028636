package site.builder.create;

import java.util.ArrayList;
import java.util.List;
import site.builder.create.TemplateNode.Chain;
import site.builder.create.TemplateNode.Command;
import site.builder.create.TemplateNode.Operand;
import site.builder.create.TemplateNode.Pipeline;

/**
 * One action's pipeline as Go's text/template reads it: {@code $x := } or {@code $i, $v := } first, commands
 * joined by |, and operands: string ("..." with Go's escapes, `raw`), number, true/false/nil, .Field chains,
 * $variables, functions (a dotted name such as strings.TrimPrefix or now.Format is a function and then fields),
 * and parenthesized pipelines, which may be followed by fields: {@code (time .Date).Year}.
 */
final class ActionParser {
    /** A token and whether white space came before it (".Year" right after ")" is a field of the parenthesis). */
    private record Token(String text, boolean spaced) {}

    private final List<Token> tokens;
    private final int line;
    private final String source;
    private int next;

    private ActionParser(String source, int line) {
        this.source = source;
        this.line = line;
        this.tokens = tokenize(source);
    }

    static Pipeline parse(String source, int line) {
        ActionParser parser = new ActionParser(source, line);
        Pipeline pipeline = parser.pipeline();
        if (parser.next < parser.tokens.size()) throw parser.error("unexpected \"" + parser.peek() + "\"");
        return pipeline;
    }

    private Pipeline pipeline() {
        List<String> variables = new ArrayList<>();
        boolean declares = false;
        int mark = next;
        while (peek() != null && peek().startsWith("$") && !peek().contains(".")) {
            variables.add(tokens.get(next++).text().substring(1));
            if (",".equals(peek())) {
                next++;
                continue;
            }
            if (":=".equals(peek()) || "=".equals(peek())) {
                declares = tokens.get(next++).text().equals(":=");
            } else {
                variables.clear();
                next = mark;
            }
            break;
        }
        if (variables.size() > 2) throw error("at most two variables may be declared");
        List<Command> commands = new ArrayList<>();
        do {
            if ("|".equals(peek())) next++;
            List<Operand> words = new ArrayList<>();
            while (peek() != null && !peek().equals("|") && !peek().equals(")")) words.add(operand());
            if (words.isEmpty()) throw error("missing value in {{ " + source + " }}");
            commands.add(new Command(words));
        } while ("|".equals(peek()));
        return new Pipeline(variables, declares, commands, source);
    }

    private Operand operand() {
        String token = tokens.get(next++).text();
        Operand start;
        if (token.equals("(")) {
            Pipeline inner = pipeline();
            if (!")".equals(peek())) throw error("a ( is not closed");
            next++;
            start = new TemplateNode.Nested(inner);
        } else {
            start = term(token);
        }
        if (peek() != null && peek().startsWith(".") && !tokens.get(next).spaced() && !(start instanceof Chain)) {
            return new Chain(start, fields(tokens.get(next++).text().substring(1)));
        }
        return start;
    }

    private Operand term(String token) {
        char c = token.charAt(0);
        if (c == '"' || c == '`') return new TemplateNode.Literal(token.substring(1));
        if (token.equals(".")) return new TemplateNode.Dot();
        if (c == '.') return new Chain(new TemplateNode.Dot(), fields(token.substring(1)));
        if (c == '$') {
            int dot = token.indexOf('.');
            if (dot < 0) return new TemplateNode.Variable(token.substring(1));
            return new Chain(new TemplateNode.Variable(token.substring(1, dot)), fields(token.substring(dot + 1)));
        }
        if (Character.isDigit(c) || (c == '-' || c == '+') && token.length() > 1)
            return new TemplateNode.Literal(number(token));
        switch (token) {
            case "true" -> {
                return new TemplateNode.Literal(Boolean.TRUE);
            }
            case "false" -> {
                return new TemplateNode.Literal(Boolean.FALSE);
            }
            case "nil" -> {
                return new TemplateNode.Literal(null);
            }
            default -> {}
        }
        if (!Character.isLetter(c) && c != '_') throw error("unexpected \"" + token + "\"");
        if (TemplateFunctions.has(token)) return new TemplateNode.Function(token);
        int dot = token.indexOf('.');
        if (dot > 0 && TemplateFunctions.has(token.substring(0, dot))) {
            return new Chain(new TemplateNode.Function(token.substring(0, dot)), fields(token.substring(dot + 1)));
        }
        throw error("function \"" + token + "\" is not supported in archetypes here (supported: "
                + TemplateFunctions.names() + ")");
    }

    private List<String> fields(String dotted) {
        List<String> out = List.of(dotted.split("\\.", -1));
        if (out.stream().anyMatch(String::isEmpty)) throw error("\"" + dotted + "\" is not a field name");
        return out;
    }

    private Object number(String token) {
        try {
            if (token.matches("[-+]?\\d+")) return Long.parseLong(token);
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw error("\"" + token + "\" is not a number");
        }
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next).text() : null;
    }

    private TemplateError error(String message) {
        return new TemplateError(line, "{{ " + source + " }}: " + message);
    }

    /** Strings come out as their opening quote followed by their value (escapes applied). */
    private List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean spaced = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                spaced = true;
                i++;
                continue;
            }
            int end;
            String text;
            if (c == '"' || c == '`') {
                StringBuilder value = new StringBuilder().append(c);
                end = i + 1;
                while (end < s.length() && s.charAt(end) != c) {
                    char d = s.charAt(end);
                    if (c == '"' && d == '\\' && end + 1 < s.length()) {
                        char e = s.charAt(++end);
                        value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                    } else {
                        value.append(d);
                    }
                    end++;
                }
                if (end >= s.length()) throw error("a string is not closed");
                text = value.toString();
                end++;
            } else if (c == '(' || c == ')' || c == '|' || c == ',') {
                text = String.valueOf(c);
                end = i + 1;
            } else if (c == ':' && s.startsWith(":=", i)) {
                text = ":=";
                end = i + 2;
            } else {
                end = i;
                while (end < s.length()
                        && !Character.isWhitespace(s.charAt(end))
                        && "()|,\"`".indexOf(s.charAt(end)) < 0
                        && !s.startsWith(":=", end)) {
                    end++;
                }
                text = s.substring(i, end);
            }
            out.add(new Token(text, spaced));
            spaced = false;
            i = end;
        }
        return out;
    }
}
