package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * JavaScript as Hugo's Chroma highlights it: after an operator, an opening bracket or a keyword a {@code /} starts
 * a regular expression; ECMAScript's statement keywords, declarations, the ES3 list of reserved words, constants
 * and global objects; template literals with {@code ${}} interpolation; every other name "other".
 */
final class JavaScriptLexer {
    private JavaScriptLexer() {}

    private static final String STATEMENTS = "for|in|while|do|break|return|continue|switch|case|default|if|else|throw"
            + "|try|catch|finally|new|delete|typeof|instanceof|void|yield|this|of";
    private static final String RESERVED = "abstract|async|await|boolean|byte|char|class|const|debugger|double|enum"
            + "|export|extends|final|float|goto|implements|import|int|interface|long|native|package|private|protected"
            + "|public|short|static|super|synchronized|throws|transient|volatile";
    private static final String GLOBALS =
            "Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp"
                    + "|String|Promise|Proxy|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN"
                    + "|isSafeInteger|parseFloat|parseInt|document|this|window";
    private static final String UNICODE_ESCAPE = "\\\\u[a-fA-F0-9]{4}";

    /**
     * The states ECMAScript-like lexers share: "space" (white space and comments) and "regex-allowed", entered where
     * a {@code /} starts a regular expression with the given flag letters; a {@code /} that starts none sends the
     * rest of the line to "bad-regex".
     */
    static void spaceAndRegex(Lexer.Builder b, String regexFlags) {
        b.state("space")
                .rule("\\s+", TEXT)
                .rule("<!--", COMMENT)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE);
        b.state("regex-allowed")
                .include("space")
                .rule(
                        "/(?:\\\\.|[^\\[/\\\\\\n]|\\[(?:\\\\.|[^\\]\\\\\\n])*])+/(?:[" + regexFlags + "]+\\b|\\B)",
                        STRING_REGEX,
                        "#pop")
                .rule("(?=/)", TEXT, "#pop,bad-regex")
                .rule("", TEXT, "#pop");
        b.state("bad-regex").rule("\\n", TEXT, "#pop");
    }

    static Lexer lexer() {
        return build("javascript", false);
    }

    /**
     * Chroma's React lexer (the jsx fence): JavaScript with JSX tags, other number rules (".5", "1." and no
     * underscores) and template literals that know only the escapes {@code \\} and {@code \`}.
     */
    static Lexer react() {
        return build("react", true);
    }

    private static Lexer build(String name, boolean jsx) {
        Lexer.Builder b = Lexer.builder(name).dotAll();
        if (jsx) JsxStates.tags(b, "[\\w.]+");
        b.state("template")
                .rule("`", STRING_BACKTICK, "#pop")
                .rule(jsx ? "\\\\\\\\|\\\\`" : "\\\\\\\\|\\\\`|\\\\[^`\\\\]", STRING_BACKTICK)
                .rule("\\$\\{", STRING_INTERPOL, "template-expression")
                .rule("\\$|[^`\\\\$]+", STRING_BACKTICK);
        spaceAndRegex(b, "gimuy");
        b.state("root");
        if (jsx) b.include("jsx");
        b.rule("\\A#! ?/.*?\\n", COMMENT_HASHBANG)
                .rule("^(?=\\s|/|<!--)", TEXT, "regex-allowed")
                .include("space")
                .rule(
                        jsx ? "(?:\\.\\d+|[0-9]+\\.[0-9]*)(?:[eE][-+]?[0-9]+)?" : "\\d+(?:\\.\\d*|[eE][+\\-]?\\d+)",
                        NUMBER_FLOAT)
                .rule("0[bB][01]+", NUMBER_BIN)
                .rule("0[oO][0-7]+", NUMBER_OCT)
                .rule("0[xX][0-9a-fA-F]+", NUMBER_HEX)
                .rule(jsx ? "[0-9]+" : "[0-9][0-9_]*", NUMBER_INTEGER)
                .rule("\\.\\.\\.|=>", PUNCTUATION)
                .rule(
                        "\\+\\+|--|~|&&|\\?|:|\\|\\||\\\\(?=\\n)|(?:<<|>>>?|==?|!=?|[-<>+*%&|^/])=?",
                        OPERATOR, "regex-allowed")
                .rule("[{(\\[;,]", PUNCTUATION, "regex-allowed")
                .rule("[})\\].]", PUNCTUATION)
                .rule("(?:" + STATEMENTS + ")\\b", KEYWORD, "regex-allowed")
                .rule("(?:var|let|with|function)\\b", KEYWORD_DECLARATION, "regex-allowed")
                .rule("(?:" + RESERVED + ")\\b", KEYWORD_RESERVED)
                .rule("(?:true|false|null|NaN|Infinity|undefined)\\b", KEYWORD_CONSTANT)
                .rule("(?:" + GLOBALS + ")\\b", NAME_BUILTIN)
                .rule(
                        "(?:[$_\\p{L}\\p{N}]|" + UNICODE_ESCAPE + ")(?:[$\\p{L}\\p{N}]|" + UNICODE_ESCAPE + ")*",
                        NAME_OTHER)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("`", STRING_BACKTICK, "template");
        if (jsx) JsxStates.expression(b);
        b.state("template-expression").rule("\\}", STRING_INTERPOL, "#pop").include("root");
        return b.build();
    }
}
