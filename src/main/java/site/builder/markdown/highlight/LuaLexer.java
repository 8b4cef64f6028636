package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Lua as Hugo's Chroma highlights it (OpenResty and Neovim configs): {@code a.b} is one name, the name after
 * {@code function} is the function's (with {@code M.} or {@code M:} before it a class), {@code --[[ ]]} long
 * comments and {@code [[ ]]} long strings, and string escapes; a backslash that starts no known escape is an error.
 */
final class LuaLexer {
    private LuaLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("lua");
        b.state("ws")
                .rule("--\\[(=*)\\[[\\w\\W]*?\\]\\1\\]", COMMENT_MULTILINE)
                .rule("--.*$", COMMENT_SINGLE)
                .rule("\\s+", TEXT);
        b.state("escape")
                .rule(
                        "\\\\(?:[abfnrtv\\\\\"']|[\\r\\n]{1,2}|z\\s*|x[0-9a-fA-F]{2}|\\d{1,3}|u\\{[0-9a-fA-F]+\\})",
                        STRING_ESCAPE);
        b.state("double-quoted")
                .include("escape")
                .rule("\"", STRING_DOUBLE, "#pop")
                .rule("[^\\\\\"]+", STRING_DOUBLE);
        b.state("single-quoted")
                .include("escape")
                .rule("'", STRING_SINGLE, "#pop")
                .rule("[^\\\\']+", STRING_SINGLE);
        // Chroma's name pattern [^\W\d]\w* matches digits too under its regex engine: \w+ here.
        b.state("function-name")
                .include("ws")
                .rule("[.:]", PUNCTUATION)
                .rule("\\w+(?=(?:--.*$|\\s+)*[.:])", NAME_CLASS)
                .rule("\\w+", NAME_FUNCTION, "#pop")
                .rule("\\(", PUNCTUATION, "#pop");
        b.state("label").include("ws").rule("::", PUNCTUATION, "#pop").rule("\\w+", NAME_LABEL);
        b.state("goto").include("ws").rule("\\w+", NAME_LABEL, "#pop");
        b.state("base")
                .include("ws")
                .rule("(?i)0x[\\da-f]*(?:\\.[\\da-f]*)?(?:p[+-]?\\d+)?", NUMBER_HEX)
                .rule("(?i)(?:\\d*\\.\\d+|\\d+\\.\\d*)(?:e[+-]?\\d+)?|\\d+e[+-]?\\d+", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("(?s)\\[(=*)\\[.*?\\]\\1\\]", STRING)
                .rule("::", PUNCTUATION, "label")
                .rule("\\.{3}", PUNCTUATION)
                .rule("[=<>|~&+\\-*/%#^]+|\\.\\.", OPERATOR)
                .rule("[\\[\\]{}().,:;]", PUNCTUATION)
                .rule("(?:and|or|not)\\b", OPERATOR_WORD)
                .rule("(?:break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\\b", KEYWORD_RESERVED)
                .rule("goto\\b", KEYWORD_RESERVED, "goto")
                .rule("local\\b", KEYWORD_DECLARATION)
                .rule("(?:true|false|nil)\\b", KEYWORD_CONSTANT)
                .rule("function\\b", KEYWORD_RESERVED, "function-name")
                .rule("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)?", NAME)
                .rule("'", STRING_SINGLE, "single-quoted")
                .rule("\"", STRING_DOUBLE, "double-quoted");
        return b.state("root")
                .rule("#!.*", COMMENT_PREPROC)
                .rule("", TEXT, "base")
                .build();
    }
}
