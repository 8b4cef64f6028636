package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * TypeScript (and TSX) as Hugo's Chroma highlights it: JavaScript's regex and comment rules, plus JSX tags, which
 * Chroma also sees in generics ({@code Array<string>} opens a "tag"); {@code name: Type} pairs type the word after
 * the colon (object literals too); TypeScript's type words and declarations; a template literal knows only the
 * escapes {@code \\} and {@code \`}.
 */
final class TypeScriptLexer {
    private TypeScriptLexer() {}

    /** Words after which a {@code /} starts a regular expression. */
    private static final String KEYWORDS = "asserts|await|break|case|catch|continue|default|delete|do|else|finally|for"
            + "|if|in|infer|instanceof|is|keyof|new|of|return|switch|this|throw|try|typeof|void|while|yield";

    private static final String RESERVED = "abstract|async|boolean|class|const|debugger|enum|export|extends|from|get"
            + "|global|goto|implements|import|interface|namespace|package|private|protected|public|readonly|require|set"
            + "|static|super|type";
    private static final String BUILTINS = "Array|Boolean|Date|Error|Function|Math|Number|Object|Packages|RegExp|String"
            + "|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt"
            + "|document|window";
    private static final String TYPES = "any|bigint|bool|never|number|object|string|symbol|unique|unknown";
    private static final String NAME = "[\\w?.$][\\w?.$]*";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("typescript").dotAll();
        JavaScriptLexer.spaceAndRegex(b, "gim");
        JsxStates.tags(b, "[\\w.]*");
        b.state("template")
                .rule("`", STRING_BACKTICK, "#pop")
                .rule("\\\\\\\\|\\\\`", STRING_BACKTICK)
                .rule("\\$\\{", STRING_INTERPOL, "template-expression")
                .rule("\\$|[^`\\\\$]+", STRING_BACKTICK);
        b.state("root")
                .include("jsx")
                .rule("^(?=\\s|/|<!--)", TEXT, "regex-allowed")
                .include("space")
                .rule(
                        "\\+\\+|--|~|&&|\\?|:|\\|\\||\\\\(?=\\n)|(?:<<|>>>?|==?|!=?|[-<>+*%&|^/])=?",
                        OPERATOR, "regex-allowed")
                .rule("[{(\\[;,]", PUNCTUATION, "regex-allowed")
                .rule("[})\\].]", PUNCTUATION)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD, "regex-allowed")
                .rule("(?:var|let|with|function)\\b", KEYWORD_DECLARATION, "regex-allowed")
                .rule("(?:" + RESERVED + ")\\b", KEYWORD_RESERVED)
                .rule("(?:true|false|null|NaN|Infinity|undefined)\\b", KEYWORD_CONSTANT)
                .rule("(?:" + BUILTINS + ")\\b", NAME_BUILTIN)
                .action(
                        "\\b(module)(\\s*)(\\s*" + NAME + ")(\\s*)",
                        "regex-allowed",
                        KEYWORD_RESERVED,
                        TEXT,
                        NAME_OTHER,
                        TEXT)
                .rule("\\b(?:" + TYPES + ")\\b", KEYWORD_TYPE)
                .rule("\\b(?:constructor|declare|interface|as)\\b", KEYWORD_RESERVED)
                .rule("[a-zA-Z_?.$][\\w?.$]*\\(\\) \\{", NAME_OTHER, "regex-allowed")
                .groups("(" + NAME + ")(\\s*:\\s*)(" + NAME + ")", NAME_OTHER, TEXT, KEYWORD_TYPE)
                .rule("[$a-zA-Z_]\\w*", NAME_OTHER)
                .rule("[0-9]+\\.[0-9]+(?:[eE][0-9]+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("`", STRING_BACKTICK, "template")
                .rule("@\\w+", KEYWORD_DECLARATION);
        JsxStates.expression(b);
        b.state("template-expression").rule("\\}", STRING_INTERPOL, "#pop").include("root");
        return b.build();
    }
}
