package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.Lexer.usingSelf;
import static site.builder.markdown.highlight.TokenType.*;

/**
 * Go as Hugo's Chroma highlights it: keywords by the spec's groups, predeclared types and functions (a builtin
 * when called, a type otherwise), numbers of every base, runes, strings, and a name followed by {@code (} as a
 * function. Raw strings are strings (Chroma lexes them as Go templates, which for plain text is the same).
 */
final class GoLexer {
    private GoLexer() {}

    private static final String TYPES = "uint|uint8|uint16|uint32|uint64|int|int8|int16|int32|int64|float|float32"
            + "|float64|complex64|complex128|byte|rune|string|bool|error|uintptr";
    private static final String FUNCTIONS =
            "print|println|panic|recover|close|complex|real|imag|len|cap|append|copy" + "|delete|new|make";
    private static final String STATEMENTS =
            "break|default|select|case|defer|go|else|goto|switch|fallthrough|if|range" + "|continue|for|return";

    static Lexer lexer() {
        return Lexer.builder("go")
                .state("root")
                .rule("\\n|\\s+|\\\\\\n", TEXT)
                .rule("//(.*?)\\n", COMMENT_SINGLE)
                .rule("/(?:\\\\\\n)?[*](?:.|\\n)*?[*](?:\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("(?:import|package)\\b", KEYWORD_NAMESPACE)
                .rule("(?:var|func|struct|map|chan|type|interface|const)\\b", KEYWORD_DECLARATION)
                .rule("(?:" + STATEMENTS + ")\\b", KEYWORD)
                .rule("(?:true|false|iota|nil)\\b", KEYWORD_CONSTANT)
                .groups("(" + TYPES + "|" + FUNCTIONS + ")\\b(\\()", NAME_BUILTIN, PUNCTUATION)
                .rule("(?:" + TYPES + ")\\b", KEYWORD_TYPE)
                // imaginary literals, floats, then integers by base
                .rule("\\d+i|\\d+\\.\\d*(?:[Ee][-+]\\d+)?i|\\.\\d+(?:[Ee][-+]\\d+)?i|\\d+[Ee][-+]\\d+i", NUMBER)
                .rule(
                        "\\d+(?:\\.\\d+[eE][+\\-]?\\d+|\\.\\d*|[eE][+\\-]?\\d+)|\\.\\d+(?:[eE][+\\-]?\\d+)?",
                        NUMBER_FLOAT)
                .rule("0[0-7]+", NUMBER_OCT)
                .rule("0[xX][0-9a-fA-F_]+", NUMBER_HEX)
                .rule("0b[01_]+", NUMBER_BIN)
                .rule("0|[1-9][0-9_]*", NUMBER_INTEGER)
                .rule(
                        "'(?:\\\\['\"\\\\abfnrtv]|\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{1,3}|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|[^\\\\])'",
                        STRING_CHAR)
                .rule("`[^`]*`", STRING)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule(
                        "<<=|>>=|<<|>>|<=|>=|&\\^=|&\\^|\\+=|-=|\\*=|/=|%=|&=|\\|=|&&|\\|\\||<-|\\+\\+|--|==|!=|:=|\\.\\.\\.|[+\\-*/%&]",
                        OPERATOR)
                .action("([a-zA-Z_]\\w*)(\\s*)(\\()", null, NAME_FUNCTION, usingSelf(), PUNCTUATION)
                .rule("[|^<>=!()\\[\\]{}.,;:]", PUNCTUATION)
                .rule("\\w+", NAME_OTHER)
                .build();
    }
}
