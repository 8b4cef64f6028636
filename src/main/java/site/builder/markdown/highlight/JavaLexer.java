package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.Lexer.usingSelf;
import static site.builder.markdown.highlight.TokenType.*;

/**
 * Java as Hugo's Chroma highlights it: the JLS keywords split into statements, modifiers, primitive types and
 * constants; a method declaration or call (words then a name then {@code (}) names the function; a member after a
 * dot is an attribute; every other symbol, brackets included, an operator.
 */
final class JavaLexer {
    private JavaLexer() {}

    /** Chroma writes {@code [^\W\d]} for a letter, but its regex engine lets a digit through there too. */
    private static final String IDENT = "[\\w$][\\w$]*";

    private static final String STATEMENTS = "assert|break|case|catch|continue|default|do|else|finally|for|if|goto"
            + "|instanceof|new|return|switch|this|throw|try|while";
    private static final String MODIFIERS = "abstract|const|enum|extends|final|implements|native|private|protected"
            + "|public|static|strictfp|super|synchronized|throws|transient|volatile";
    private static final String PRIMITIVES = "boolean|byte|char|double|float|int|long|short|void";
    private static final String DIGITS = "[0-9][0-9_]*";
    private static final String EXP = "[eE][+\\-]?" + DIGITS;
    private static final String HEX = "[0-9a-fA-F][0-9a-fA-F_]*";
    private static final String FLOAT =
            "(?:" + DIGITS + "\\.(?:" + DIGITS + ")?|\\." + DIGITS + ")(?:" + EXP + ")?[fFdD]?"
                    + "|[0-9]" + EXP + "[fFdD]?|[0-9](?:" + EXP + ")?[fFdD]"
                    + "|0[xX](?:" + HEX + "\\.?|(?:" + HEX + ")?\\." + HEX + ")[pP][+\\-]?" + DIGITS + "[fFdD]?";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("java").dotAll();
        b.state("class").rule(IDENT, NAME_CLASS, "#pop");
        b.state("import").rule("[\\w.]+\\*?", NAME_NAMESPACE, "#pop");
        return b.state("root")
                .rule("[^\\S\\n]+", TEXT)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?:" + STATEMENTS + ")\\b", KEYWORD)
                .action(
                        "((?:[\\w$][\\w.\\[\\]$<>]*+\\s++)+?)([\\w$][\\w$]*+)(\\s*)(\\()",
                        null,
                        usingSelf(),
                        NAME_FUNCTION,
                        TEXT,
                        OPERATOR)
                .rule("@\\w[\\w.]*", NAME_DECORATOR)
                .rule("(?:" + MODIFIERS + ")\\b", KEYWORD_DECLARATION)
                .rule("(?:" + PRIMITIVES + ")\\b", KEYWORD_TYPE)
                .action("(package)(\\s+)", "import", KEYWORD_NAMESPACE, TEXT)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .action("(class|interface)(\\s+)", "class", KEYWORD_DECLARATION, TEXT)
                .action("(import(?:\\s+static)?)(\\s+)", "import", KEYWORD_NAMESPACE, TEXT)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-fA-F]{4}'", STRING_CHAR)
                .groups("(\\.)(" + IDENT + ")", OPERATOR, NAME_ATTRIBUTE)
                .rule("^\\s*" + IDENT + ":", NAME_LABEL)
                .rule(IDENT, NAME)
                .rule(FLOAT, NUMBER_FLOAT)
                .rule("0[xX]" + HEX + "[lL]?", NUMBER_HEX)
                .rule("0[bB][01][01_]*[lL]?", NUMBER_BIN)
                .rule("0[0-7_]+[lL]?", NUMBER_OCT)
                .rule("0|[1-9][0-9_]*[lL]?", NUMBER_INTEGER)
                .rule("[~^*!%&\\[\\](){}<>|+=:;,./?-]", OPERATOR)
                .rule("\\n", TEXT)
                .build();
    }
}
