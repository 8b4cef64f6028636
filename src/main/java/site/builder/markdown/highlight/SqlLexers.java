package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * SQL as Hugo's Chroma highlights it, in its two dialects: {@code sql} (standard key words, types as builtins, no
 * functions) and {@code mysql}/{@code mariadb} (MySQL's reserved words and types, {@code name(} as a function,
 * {@code #} comments, {@code @variables}). Both ignore case.
 */
final class SqlLexers {
    private SqlLexers() {}

    private static void quoted(Lexer.Builder b) {
        b.state("string").rule("[^']+|''", STRING_SINGLE).rule("'", STRING_SINGLE, "#pop");
        b.state("double-string").rule("[^\"]+|\"\"", STRING_DOUBLE).rule("\"", STRING_DOUBLE, "#pop");
        b.state("comment")
                .rule("/\\*", COMMENT_MULTILINE, "#push")
                .rule("\\*/", COMMENT_MULTILINE, "#pop")
                .rule("[^/*]+|[/*]", COMMENT_MULTILINE);
    }

    static Lexer sql() {
        Lexer.Builder b = Lexer.builder("sql").ignoreCase();
        quoted(b);
        return b.state("root")
                .rule("\\s+", WHITESPACE)
                .rule("--.*\\n?", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("'", STRING_SINGLE, "string")
                .rule("\"", STRING_DOUBLE, "double-string")
                .rule(WordTrie.regex(SqlWords.STANDARD_KEYWORDS) + "\\b", KEYWORD)
                .rule("(?:" + SqlWords.STANDARD_TYPES + ")\\b", NAME_BUILTIN)
                .rule("[+*/<>=~!@#%^&|`?-]", OPERATOR)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("[a-z_][\\w$]*", NAME)
                .rule("[;:()\\[\\],.]", PUNCTUATION)
                .build();
    }

    static Lexer mysql() {
        Lexer.Builder b = Lexer.builder("mysql").ignoreCase();
        quoted(b);
        return b.state("root")
                .rule("\\s+", WHITESPACE)
                .rule("(?:#|--\\s+).*\\n?", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("[0-9]*\\.[0-9]+(?:e[+-][0-9]+)", NUMBER_FLOAT)
                .action("((?:_[a-z0-9]+)?)(')", "string", STRING_AFFIX, STRING_SINGLE)
                .action("((?:_[a-z0-9]+)?)(\")", "double-string", STRING_AFFIX, STRING_DOUBLE)
                .rule("[+*/<>=~!@#%^&|`?-]", OPERATOR)
                .groups(
                        "\\b(" + SqlWords.MYSQL_TYPES + "|double\\s+precision)(\\b\\s*)(\\()?",
                        KEYWORD_TYPE,
                        WHITESPACE,
                        PUNCTUATION)
                .rule("\\b" + WordTrie.regex(SqlWords.MYSQL_KEYWORDS) + "\\b", KEYWORD)
                .rule("\\b(?:auto_increment|engine|charset|tables)\\b", KEYWORD_PSEUDO)
                .rule("true|false|null", NAME_CONSTANT)
                .groups("([a-z_]\\w*)(\\s*)(\\()", NAME_FUNCTION, WHITESPACE, PUNCTUATION)
                .rule("[a-z_]\\w*", NAME)
                .rule("@[a-z0-9]*[._]*[a-z0-9]*", NAME_VARIABLE)
                .rule("[;:()\\[\\],.]", PUNCTUATION)
                .build();
    }
}
