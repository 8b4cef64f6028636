package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Makefiles as Hugo's Chroma highlights them: indented recipe lines (with the blank lines among them) and the
 * right-hand side of a variable assignment are lexed as bash; a rule's targets are a function name and its
 * prerequisites plain names; {@code $(...)} expansions and automatic variables ({@code $@}) are keywords.
 */
final class MakefileLexer {
    private MakefileLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("makefile");
        b.state("expansion")
                .rule("[^$a-zA-Z_()]+", TEXT)
                .rule("[a-zA-Z_]+", NAME_VARIABLE)
                .rule("\\$", KEYWORD)
                .rule("\\(", KEYWORD, "#push")
                .rule("\\)", KEYWORD, "#pop");
        b.state("export")
                .rule("[\\w${}-]+", NAME_VARIABLE)
                .rule("\\n", TEXT, "#pop")
                .rule("\\s+", TEXT);
        b.state("prerequisites")
                .rule("[,|]", PUNCTUATION)
                .rule("#.*?\\n", COMMENT, "#pop")
                .rule("\\\\\\n", TEXT)
                .rule("\\$\\(", KEYWORD, "expansion")
                .rule("[a-zA-Z_]+", NAME)
                .rule("\\n", TEXT, "#pop")
                .rule(".", TEXT);
        return b.state("root")
                .action("^(?:[\\t ]+.*\\n|\\n)+", null, Lexer.using("bash"))
                .rule("\\$[<@$+%?|*]", KEYWORD)
                .rule("\\s+", TEXT)
                .rule("#.*?\\n", COMMENT)
                .action("(export)(\\s+)(?=[\\w${}\\t -]+\\n)", "export", KEYWORD, TEXT)
                .rule("export\\s+", KEYWORD)
                .action(
                        "([\\w${}().-]+)(\\s*)([!?:+]?=)([ \\t]*)((?:.*\\\\\\n)+|.*\\n)",
                        null,
                        NAME_VARIABLE,
                        TEXT,
                        OPERATOR,
                        TEXT,
                        Lexer.using("bash"))
                .rule("(?s)\"(?:\\\\\\\\|\\\\.|[^\"\\\\])*\"", STRING_DOUBLE)
                .rule("(?s)'(?:\\\\\\\\|\\\\.|[^'\\\\])*'", STRING_SINGLE)
                .action("([^\\n:]+)(:+)([ \\t]*)", "prerequisites", NAME_FUNCTION, OPERATOR, TEXT)
                .rule("\\$\\(", KEYWORD, "expansion")
                .build();
    }
}
