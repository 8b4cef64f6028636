package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * nginx configuration as Hugo's Chroma highlights it: a directive name starts a statement (a keyword at top level,
 * a namespace keyword inside a block), its arguments are strings, numbers, variables and paths until {@code ;},
 * and {@code {} opens a block that the matching {@code }} closes together with the statement that opened it.
 */
final class NginxLexer {
    private NginxLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("nginx");
        b.state("values")
                .rule("#.*\\n", COMMENT_SINGLE)
                .rule("on|off", NAME_CONSTANT)
                .rule("\\$[^\\s;#()]+", NAME_VARIABLE)
                .groups("([a-z0-9.-]+)(:)([0-9]+)", NAME, PUNCTUATION, NUMBER_INTEGER)
                .rule("[a-z-]+/[a-z-+]+", STRING)
                .rule("[0-9]+[km]?\\b", NUMBER_INTEGER)
                .groups("(~)(\\s*)([^\\s{]+)", PUNCTUATION, TEXT, STRING_REGEX)
                .rule("[:=~]", PUNCTUATION)
                .rule("[^\\s;#{}$]+", STRING)
                .rule("/[^\\s;#]*", NAME)
                .rule("\\s+", TEXT)
                .rule("[$;]", TEXT);
        b.state("statement")
                .rule("\\{", PUNCTUATION, "block")
                .rule(";", PUNCTUATION, "#pop")
                .include("values");
        b.state("block")
                .rule("\\}", PUNCTUATION, "#pop:2")
                .rule("[^\\s;#]+", KEYWORD_NAMESPACE, "statement")
                .include("values");
        return b.state("root")
                .groups("(include)(\\s+)([^\\s;]+)", KEYWORD, TEXT, NAME)
                .rule("[^\\s;#]+", KEYWORD, "statement")
                .include("values")
                .build();
    }
}
