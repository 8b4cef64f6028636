package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Kotlin (and Gradle's Kotlin DSL) as Hugo's Chroma highlights it: the name after {@code class}, {@code fun},
 * {@code val}/{@code var} and {@code package}/{@code import} is typed as such; every keyword (hard, soft and
 * modifier) is a plain keyword; a capitalised name before a dot is a class; templates interpolate {@code $x} and
 * {@code ${...}} (the latter as one token); numbers are untyped.
 */
final class KotlinLexer {
    private KotlinLexer() {}

    private static final String KEYWORDS = "as|as\\?|break|class|continue|do|else|false|for|fun|if|in|interface|is"
            + "|null|object|package|return|super|this|throw|true|try|typealias|typeof|val|var|when|while"
            + "|by|catch|constructor|delegate|dynamic|field|file|finally|get|import|init|param|property|receiver|set"
            + "|setparam|value|where|abstract|actual|annotation|companion|const|crossinline|data|enum|expect|external"
            + "|final|infix|inline|inner|internal|lateinit|noinline|open|operator|out|override|private|protected"
            + "|public|reified|sealed|suspend|tailrec|vararg|it";
    /** A name, or any text in backticks starting like one. */
    private static final String IDENT = "(?:[_\\p{L}][\\p{L}\\p{N}]*|`@?[_\\p{L}][\\p{L}\\p{N}]+`)";

    private static final String BACKTICKED = "`[^`]+?`";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("kotlin").dotAll();
        b.state("interpolation").rule("\\$" + IDENT + "|\\$\\{[^}\\n]*}", STRING_INTERPOL);
        b.state("string")
                .rule("\\\\[tbnr'\"\\\\$]|\\\\u[0-9a-fA-F]{4}", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, "#pop")
                .include("interpolation")
                .rule("[^\\n\\\\\"$]+|\\$", STRING_DOUBLE);
        b.state("raw-string")
                .rule("\"\"\"", STRING, "#pop")
                .rule("(?:[^$\"]+|\"{1,2}[^\"])+", STRING)
                .include("interpolation")
                .rule("\\$", STRING);
        b.state("package").rule("\\S+", NAME_NAMESPACE, "#pop");
        b.state("class").rule(BACKTICKED + "|" + IDENT, NAME_CLASS, "#pop");
        b.state("property").rule(BACKTICKED + "|" + IDENT, NAME_PROPERTY, "#pop");
        b.state("generics")
                .rule("<", PUNCTUATION, "#push")
                .rule(">", PUNCTUATION, "#pop")
                .rule("[,:*?]", PUNCTUATION)
                .rule("in|out|reified", KEYWORD)
                .rule(BACKTICKED + "|" + IDENT, NAME_CLASS)
                .rule("\\s+", TEXT);
        b.state("function")
                .rule("<", PUNCTUATION, "generics")
                .rule(BACKTICKED + "|" + IDENT, NAME_FUNCTION, "#pop")
                .rule("\\s+", TEXT);
        return b.state("root")
                .rule("^\\s*\\[.*?\\]", NAME_ATTRIBUTE)
                .rule("[^\\S\\n]+|\\\\\\n", TEXT)
                .rule("//[^\\n]*\\n?", COMMENT_SINGLE)
                .rule("/[*].*?[*]/", COMMENT_MULTILINE)
                .rule("\\n", TEXT)
                .rule(
                        "!==|!in|!is|===|%=|&&|\\*=|\\+\\+|\\+=|--|-=|->|\\.\\.|/=|::|<=|==|>=|!!|!=|\\|\\||\\?[:.]",
                        OPERATOR)
                .rule("[~!%^&*()+=|\\[\\]:;,.<>/?{}-]", PUNCTUATION)
                .rule("\"\"\"", STRING, "raw-string")
                .rule("\"", STRING_DOUBLE, "string")
                .groups("(')(\\\\u[0-9a-fA-F]{4})(')", STRING_CHAR, STRING_ESCAPE, STRING_CHAR)
                .rule("'\\\\.'|'[^\\\\]'", STRING_CHAR)
                .rule("0[xX][0-9a-fA-F]+[Uu]?[Ll]?|[0-9]+(?:\\.[0-9]*)?(?:[eE][+-][0-9]+)?[fF]?[Uu]?[Ll]?", NUMBER)
                .groups("(companion)(\\s+)(object)", KEYWORD, TEXT, KEYWORD)
                .action("(class|interface|object)(\\s+)", "class", KEYWORD, TEXT)
                .action("(package|import)(\\s+)", "package", KEYWORD, TEXT)
                .action("(val|var)(\\s+)", "property", KEYWORD, TEXT)
                .action("(fun)(\\s+)", "function", KEYWORD, TEXT)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .rule("@" + IDENT, NAME_DECORATOR)
                .rule("\\p{Lu}[_\\p{L}]*(?=\\.)", NAME_CLASS)
                .rule(IDENT, NAME)
                .build();
    }
}
