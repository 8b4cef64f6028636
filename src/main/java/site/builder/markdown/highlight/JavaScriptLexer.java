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
    private static final String GLOBALS = "Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp"
            + "|String|Promise|Proxy|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN"
            + "|isSafeInteger|parseFloat|parseInt|document|this|window";
    private static final String UNICODE_ESCAPE = "\\\\u[a-fA-F0-9]{4}";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("javascript").dotAll();
        b.state("template")
                .rule("`", STRING_BACKTICK, "#pop")
                .rule("\\\\\\\\|\\\\`|\\\\[^`\\\\]", STRING_BACKTICK)
                .rule("\\$\\{", STRING_INTERPOL, "template-expression")
                .rule("\\$|[^`\\\\$]+", STRING_BACKTICK);
        b.state("space")
                .rule("\\s+", TEXT)
                .rule("<!--", COMMENT)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE);
        b.state("regex-allowed")
                .include("space")
                .rule("/(?:\\\\.|[^\\[/\\\\\\n]|\\[(?:\\\\.|[^\\]\\\\\\n])*])+/(?:[gimuy]+\\b|\\B)", STRING_REGEX, "#pop")
                .rule("(?=/)", TEXT, "#pop,bad-regex")
                .rule("", TEXT, "#pop");
        b.state("bad-regex").rule("\\n", TEXT, "#pop");
        b.state("root")
                .rule("\\A#! ?/.*?\\n", COMMENT_HASHBANG)
                .rule("^(?=\\s|/|<!--)", TEXT, "regex-allowed")
                .include("space")
                .rule("\\d+(?:\\.\\d*|[eE][+\\-]?\\d+)", NUMBER_FLOAT)
                .rule("0[bB][01]+", NUMBER_BIN)
                .rule("0[oO][0-7]+", NUMBER_OCT)
                .rule("0[xX][0-9a-fA-F]+", NUMBER_HEX)
                .rule("[0-9][0-9_]*", NUMBER_INTEGER)
                .rule("\\.\\.\\.|=>", PUNCTUATION)
                .rule("\\+\\+|--|~|&&|\\?|:|\\|\\||\\\\(?=\\n)|(?:<<|>>>?|==?|!=?|[-<>+*%&|^/])=?", OPERATOR, "regex-allowed")
                .rule("[{(\\[;,]", PUNCTUATION, "regex-allowed")
                .rule("[})\\].]", PUNCTUATION)
                .rule("(?:" + STATEMENTS + ")\\b", KEYWORD, "regex-allowed")
                .rule("(?:var|let|with|function)\\b", KEYWORD_DECLARATION, "regex-allowed")
                .rule("(?:" + RESERVED + ")\\b", KEYWORD_RESERVED)
                .rule("(?:true|false|null|NaN|Infinity|undefined)\\b", KEYWORD_CONSTANT)
                .rule("(?:" + GLOBALS + ")\\b", NAME_BUILTIN)
                .rule("(?:[$_\\p{L}\\p{N}]|" + UNICODE_ESCAPE + ")(?:[$\\p{L}\\p{N}]|" + UNICODE_ESCAPE + ")*", NAME_OTHER)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("`", STRING_BACKTICK, "template");
        b.state("template-expression").rule("\\}", STRING_INTERPOL, "#pop").include("root");
        return b.build();
    }
}
