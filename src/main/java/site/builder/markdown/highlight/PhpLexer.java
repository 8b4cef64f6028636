package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * PHP as Hugo's Chroma highlights the php fence (code only; {@code <?php} itself is operators and a name):
 * case-insensitive keywords, {@code $variables}, the name after {@code ->} or {@code ::} an attribute,
 * interpolation in double-quoted strings, heredocs, and {@code /** ... * /} doc comments.
 */
final class PhpLexer {
    private PhpLexer() {}

    /** A PHP name: letters, digits, underscores and backslashes (namespaces), or any non-ASCII character. */
    private static final String NAME = "(?:[\\\\_a-z]|[^\\x00-\\x7f])(?:[\\\\\\w]|[^\\x00-\\x7f])*";

    private static final String KEYWORDS = "abstract|and|array|as|break|case|catch|cfunction|class|clone|continue"
            + "|declare|default|die|do|echo|else|elseif|empty|enddeclare|endfor|endforeach|endif|endswitch|endwhile"
            + "|eval|exit|extends|final|finally|for|foreach|global|if|implements|include|include_once|interface|list"
            + "|namespace|new|not|old_function|or|parent|print|private|protected|public|require|require_once|return"
            + "|static|switch|this|throw|trait|try|use|var|virtual|while|xor|yield|php_user_filter|stdClass"
            + "|E_ALL|E_ERROR|E_PARSE|E_WARNING|PHP_OS|PHP_VERSION|TRUE|FALSE|NULL";
    private static final String MAGIC_METHODS = "__construct|__destruct|__call|__callStatic|__get|__set|__isset|__unset"
            + "|__sleep|__wakeup|__toString|__invoke|__set_state|__clone|__debugInfo";
    private static final String MAGIC_CONSTANTS =
            "__LINE__|__FILE__|__DIR__|__FUNCTION__|__CLASS__|__TRAIT__|__METHOD__" + "|__NAMESPACE__";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("php").dotAll().ignoreCase();
        b.state("class-name").rule(NAME, NAME_CLASS, "#pop");
        b.state("function-name")
                .rule("(?:" + MAGIC_METHODS + ")\\b", NAME_FUNCTION_MAGIC)
                .rule(NAME, NAME_FUNCTION, "#pop")
                .rule("", TEXT, "#pop");
        b.state("string")
                .rule("\"", STRING_DOUBLE, "#pop")
                .rule("[^{$\"\\\\]+", STRING_DOUBLE)
                .rule("\\\\(?:[nrt\"$\\\\]|[0-7]{1,3}|x[0-9a-f]{1,2})", STRING_ESCAPE)
                .rule("\\$" + NAME + "(?:\\[\\S+?\\]|->" + NAME + ")?", STRING_INTERPOL)
                .action("(\\{\\$\\{)(.*?)(\\}\\})", null, STRING_INTERPOL, Lexer.usingSelf(), STRING_INTERPOL)
                .action("(\\{)(\\$.*?)(\\})", null, STRING_INTERPOL, Lexer.usingSelf(), STRING_INTERPOL)
                .groups("(\\$\\{)(\\S+)(\\})", STRING_INTERPOL, NAME_VARIABLE, STRING_INTERPOL)
                .rule("[${\\\\]", STRING_DOUBLE);
        return b.state("root")
                .rule("\\?>", COMMENT_PREPROC, "#pop")
                .groups(
                        "(<<<)(['\"]?)(" + NAME + ")(\\2\\n.*?\\n\\s*)(\\3)(;?)(\\n)",
                        STRING,
                        STRING,
                        STRING_DELIMITER,
                        STRING,
                        STRING_DELIMITER,
                        PUNCTUATION,
                        TEXT)
                .rule("\\s+", TEXT)
                .rule("#.*?\\n|//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*\\*/", COMMENT_MULTILINE)
                .rule("/\\*\\*.*?\\*/", STRING_DOC)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE)
                .groups("(->|::)(\\s*)(" + NAME + ")", OPERATOR, TEXT, NAME_ATTRIBUTE)
                .rule("[~!%^&*+=|:.<>/@-]+|\\?", OPERATOR)
                .rule("[\\[\\]{}();,]+", PUNCTUATION)
                .action("(class)(\\s+)", "class-name", KEYWORD, TEXT)
                .groups("(function)(\\s*)(?=\\()", KEYWORD, TEXT)
                .action("(function)(\\s+)(&?)(\\s*)", "function-name", KEYWORD, TEXT, OPERATOR, TEXT)
                .groups("(const)(\\s+)(" + NAME + ")", KEYWORD, TEXT, NAME_CONSTANT)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("(?:" + MAGIC_CONSTANTS + ")\\b", NAME_CONSTANT)
                .rule("\\$\\{\\$+" + NAME + "\\}|\\$+" + NAME, NAME_VARIABLE)
                .rule(NAME, NAME_OTHER)
                .rule("(?:\\d+\\.\\d*|\\d*\\.\\d+)(?:e[+-]?[0-9]+)?|\\d+e[+-]?[0-9]+", NUMBER_FLOAT)
                .rule("0[0-7]+", NUMBER_OCT)
                .rule("0x[a-f0-9_]+", NUMBER_HEX)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("0b[01]+", NUMBER_BIN)
                .rule("'(?:[^'\\\\]*(?:\\\\.[^'\\\\]*)*)'", STRING_SINGLE)
                .rule("`(?:[^`\\\\]*(?:\\\\.[^`\\\\]*)*)`", STRING_BACKTICK)
                .rule("\"", STRING_DOUBLE, "string")
                .build();
    }
}
