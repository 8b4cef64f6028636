package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * PostgreSQL as Hugo's Chroma highlights {@code postgresql}/{@code postgres} blocks, which differ from plain SQL:
 * every number is a float (a lone {@code .} too, since the number rule comes before punctuation), {@code E'...'}
 * and {@code U&"..."} prefixes, {@code $1} parameters, psql's {@code :'var'}, and dollar-quoted bodies, which are
 * lexed with the language named after them ({@code LANGUAGE plpgsql}, {@code LANGUAGE sql}) or the one a {@code DO}
 * block names, else kept as one heredoc string (a {@code DO} block that names none too, though PostgreSQL runs it
 * as PL/pgSQL). Ignores case.
 *
 * <p>{@link #plpgsql()} is the PL/pgSQL dialect those bodies (and {@code plpgsql} blocks) get: the same types,
 * comments and literals plus {@code %TYPE}-style attributes, {@code :=}, {@code <<label>>} and {@code #option};
 * its own key words; whitespace typed as whitespace; and no dollar quotes, so a {@code $tag$} inside a body is
 * error tokens around a name, as in Chroma.
 */
final class PostgresLexer {
    private PostgresLexer() {}

    private static final Lexer.UsingLanguageOf BODY_OF_DO = new Lexer.UsingLanguageOf(6, STRING_HEREDOC);
    private static final Lexer.UsingLanguageOf BODY_BEFORE_LANGUAGE = new Lexer.UsingLanguageOf(12, STRING_HEREDOC);

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("postgresql").ignoreCase();
        states(b);
        b.state("root").rule("\\s+", TEXT);
        comments(b);
        b.rule("(?:" + PostgresWords.TYPES + ")\\b", NAME_BUILTIN)
                .action(
                        "(?s)(DO)(\\s+)(?:(LANGUAGE)?(\\s+)('?)(\\w+)?('?)(\\s+))?(\\$)([^$]*)(\\$)(.*?)(\\$)(\\10)(\\$)",
                        null,
                        KEYWORD,
                        TEXT,
                        KEYWORD,
                        TEXT,
                        STRING_SINGLE,
                        STRING_SINGLE,
                        STRING_SINGLE,
                        TEXT,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        BODY_OF_DO,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        STRING_HEREDOC)
                .rule(WordTrie.regex(PostgresWords.KEYWORDS) + "\\b", KEYWORD);
        literals(b);
        // A body followed by two runs of space (or one with LANGUAGE in it) takes the word after as its language,
        // whatever that word is; the lazy body reaches to the first closing tag after which that tail matches.
        b.action(
                        "(?s)(\\$)([^$]*)(\\$)(.*?)(\\$)(\\2)(\\$)(\\s+)(LANGUAGE)?(\\s+)('?)(\\w+)?('?)",
                        null,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        BODY_BEFORE_LANGUAGE,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        STRING_HEREDOC,
                        TEXT,
                        KEYWORD,
                        TEXT,
                        STRING_SINGLE,
                        STRING_SINGLE,
                        STRING_SINGLE)
                .rule("(?s)\\$([^$]*)\\$.*?\\$\\1\\$", STRING_HEREDOC);
        names(b);
        return b.build();
    }

    static Lexer plpgsql() {
        Lexer.Builder b = Lexer.builder("plpgsql").ignoreCase();
        states(b);
        b.state("root")
                .rule("%[a-z]\\w*\\b", NAME_BUILTIN)
                .rule(":=", OPERATOR)
                .rule("<<[a-z]\\w*>>", NAME_LABEL)
                .rule("#[a-z]\\w*\\b", KEYWORD_PSEUDO)
                .rule("\\s+", WHITESPACE);
        comments(b);
        b.rule("(?:" + PostgresWords.TYPES + ")\\b", NAME_BUILTIN)
                .rule(WordTrie.regex(PostgresWords.PLPGSQL_KEYWORDS) + "\\b", KEYWORD);
        literals(b);
        names(b);
        return b.build();
    }

    private static void states(Lexer.Builder b) {
        b.state("multiline-comments")
                .rule("/\\*", COMMENT_MULTILINE, "#push")
                .rule("\\*/", COMMENT_MULTILINE, "#pop")
                .rule("[^/*]+|[/*]", COMMENT_MULTILINE);
        b.state("string").rule("[^']+|''", STRING_SINGLE).rule("'", STRING_SINGLE, "#pop");
        // Chroma types quoted identifiers as a string type it has no CSS class for, written as plain "s".
        b.state("quoted-ident").rule("[^\"]+|\"\"", STRING).rule("\"", STRING, "#pop");
    }

    private static void comments(Lexer.Builder b) {
        b.rule("--.*\\n?", COMMENT_SINGLE).rule("/\\*", COMMENT_MULTILINE, "multiline-comments");
    }

    private static void literals(Lexer.Builder b) {
        b.rule("[+*/<>=~!@#%^&|`?-]+", OPERATOR)
                .rule("::", OPERATOR)
                .rule("\\$\\d+", NAME_VARIABLE)
                .rule("(?:[0-9]*\\.[0-9]*|[0-9]+)(?:e[+-]?[0-9]+)?", NUMBER_FLOAT)
                .action("((?:E|U&)?)(')", "string", STRING_AFFIX, STRING_SINGLE)
                .action("((?:U&)?)(\")", "quoted-ident", STRING_AFFIX, STRING);
    }

    private static void names(Lexer.Builder b) {
        b.rule("[a-z_]\\w*", NAME)
                .rule(":(['\"]?)[a-z]\\w*\\b\\1", NAME_VARIABLE)
                .rule("[;:()\\[\\]{},.]", PUNCTUATION);
    }
}
