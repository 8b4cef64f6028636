package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.Lexer.usingSelf;
import static site.builder.markdown.highlight.TokenType.*;

/**
 * Groovy (Gradle builds, Jenkins pipelines) as Hugo's Chroma highlights it: Java's keyword groups with {@code def}
 * as a type, a line's leading words then a name then {@code (} as a function declaration, slashy strings, and
 * {@code name:} as a label. Chroma 2.5 has no {@code jenkinsfile} alias: such fences stay plain, as in Hugo.
 */
final class GroovyLexer {
    private GroovyLexer() {}

    private static final String STATEMENTS = "as|assert|break|case|catch|continue|default|do|else|finally|for|if|in"
            + "|goto|instanceof|new|return|switch|this|throw|try|while";
    private static final String MODIFIERS = "abstract|const|enum|extends|final|implements|native|private|protected"
            + "|public|static|strictfp|super|synchronized|throws|transient|volatile";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("groovy").dotAll();
        b.state("class").rule("[a-zA-Z_]\\w*", NAME_CLASS, "#pop");
        b.state("import").rule("[\\w.]+\\*?", NAME_NAMESPACE, "#pop");
        b.state("base")
                .action(
                        "^(\\s*+(?:[a-zA-Z_][\\w.\\[\\]]*+\\s++)+?)([a-zA-Z_]\\w*+)(\\s*)(\\()",
                        null,
                        usingSelf(),
                        NAME_FUNCTION,
                        TEXT,
                        OPERATOR)
                .rule("[^\\S\\n]+", TEXT)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("@[a-zA-Z_][\\w.]*", NAME_DECORATOR)
                .rule("(?:" + STATEMENTS + ")\\b", KEYWORD)
                .rule("(?:" + MODIFIERS + ")\\b", KEYWORD_DECLARATION)
                .rule("(?:def|boolean|byte|char|double|float|int|long|short|void)\\b", KEYWORD_TYPE)
                .groups("(package)(\\s+)", KEYWORD_NAMESPACE, TEXT)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .action("(class|interface)(\\s+)", "class", KEYWORD_DECLARATION, TEXT)
                .action("(import)(\\s+)", "import", KEYWORD_NAMESPACE, TEXT)
                .rule("\"\"\".*?\"\"\"", STRING_DOUBLE)
                .rule("'''.*?'''", STRING_SINGLE)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(?:\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("\\$/(?:(?!/\\$).)*/\\$", STRING)
                .rule("/(?:\\\\\\\\|\\\\\"|[^/])*/", STRING)
                .rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-fA-F]{4}'", STRING_CHAR)
                .groups("(\\.)([a-zA-Z_]\\w*)", OPERATOR, NAME_ATTRIBUTE)
                .rule("[a-zA-Z_]\\w*:", NAME_LABEL)
                .rule("[a-zA-Z_$]\\w*", NAME)
                .rule("[~^*!%&\\[\\](){}<>|+=:;,./?-]", OPERATOR)
                .rule("[0-9][0-9]*\\.[0-9]+(?:[eE][0-9]+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("[0-9]+L?", NUMBER_INTEGER)
                .rule("\\n", TEXT);
        return b.state("root")
                .rule("#!(.*?)$", COMMENT_PREPROC, "base")
                .rule("", TEXT, "base")
                .build();
    }
}
