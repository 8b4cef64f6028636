package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * PostgreSQL as Hugo's Chroma highlights {@code postgresql}/{@code postgres} blocks, which differ from plain SQL:
 * every number is a float (a lone {@code .} too, since the number rule comes before punctuation), {@code E'...'}
 * and {@code U&"..."} prefixes, {@code $1} parameters, psql's {@code :'var'}, and dollar-quoted bodies, which are
 * lexed with the language named after them ({@code LANGUAGE sql}) or the one a {@code DO} block names, else kept as
 * one heredoc string. Ignores case.
 */
final class PostgresLexer {
    private PostgresLexer() {}

    private static final Lexer.UsingLanguageOf BODY_OF_DO = new Lexer.UsingLanguageOf(6, STRING_HEREDOC);
    private static final Lexer.UsingLanguageOf BODY_BEFORE_LANGUAGE = new Lexer.UsingLanguageOf(12, STRING_HEREDOC);

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("postgresql").ignoreCase();
        b.state("multiline-comments")
                .rule("/\\*", COMMENT_MULTILINE, "#push")
                .rule("\\*/", COMMENT_MULTILINE, "#pop")
                .rule("[^/*]+|[/*]", COMMENT_MULTILINE);
        b.state("string").rule("[^']+|''", STRING_SINGLE).rule("'", STRING_SINGLE, "#pop");
        // Chroma types quoted identifiers as a string type it has no CSS class for, written as plain "s".
        b.state("quoted-ident").rule("[^\"]+|\"\"", STRING).rule("\"", STRING, "#pop");
        b.state("root")
                .rule("\\s+", TEXT)
                .rule("--.*\\n?", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "multiline-comments")
                .rule("(?:" + PostgresWords.TYPES + ")\\b", NAME_BUILTIN)
                .action("(?s)(DO)(\\s+)(?:(LANGUAGE)?(\\s+)('?)(\\w+)?('?)(\\s+))?(\\$)([^$]*)(\\$)(.*?)(\\$)(\\10)(\\$)", null,
                        KEYWORD, TEXT, KEYWORD, TEXT, STRING_SINGLE, STRING_SINGLE, STRING_SINGLE, TEXT,
                        STRING_HEREDOC, STRING_HEREDOC, STRING_HEREDOC, BODY_OF_DO, STRING_HEREDOC, STRING_HEREDOC, STRING_HEREDOC)
                .rule(WordTrie.regex(PostgresWords.KEYWORDS) + "\\b", KEYWORD)
                .rule("[+*/<>=~!@#%^&|`?-]+", OPERATOR)
                .rule("::", OPERATOR)
                .rule("\\$\\d+", NAME_VARIABLE)
                .rule("(?:[0-9]*\\.[0-9]*|[0-9]+)(?:e[+-]?[0-9]+)?", NUMBER_FLOAT)
                .action("((?:E|U&)?)(')", "string", STRING_AFFIX, STRING_SINGLE)
                .action("((?:U&)?)(\")", "quoted-ident", STRING_AFFIX, STRING)
                .action("(?s)(\\$)([^$]*)(\\$)(.*?)(\\$)(\\2)(\\$)(\\s+)(LANGUAGE)?(\\s+)('?)(\\w+)?('?)", null,
                        STRING_HEREDOC, STRING_HEREDOC, STRING_HEREDOC, BODY_BEFORE_LANGUAGE, STRING_HEREDOC, STRING_HEREDOC,
                        STRING_HEREDOC, TEXT, KEYWORD, TEXT, STRING_SINGLE, STRING_SINGLE, STRING_SINGLE)
                .rule("(?s)\\$([^$]*)\\$.*?\\$\\1\\$", STRING_HEREDOC)
                .rule("[a-z_]\\w*", NAME)
                .rule(":(['\"]?)[a-z]\\w*\\b\\1", NAME_VARIABLE)
                .rule("[;:()\\[\\]{},.]", PUNCTUATION);
        return b.build();
    }
}
