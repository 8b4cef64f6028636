package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** Lexers for data and text formats: JSON, TOML, diff. */
final class DataLexers {
    private DataLexers() {}

    private static final String DQ = "\"(?:[^\"\\\\\\n]++|\\\\.)*+\"?";

    static Lexer json() {
        return Lexer.builder("json")
                .state("root")
                .rule("\\s++", TEXT)
                .groups("(" + DQ + ")(\\s*+)(:)", NAME_TAG, TEXT, PUNCTUATION)
                .rule(DQ, STRING_DOUBLE)
                .words(KEYWORD_CONSTANT, "true", "false", "null")
                .rule("-?\\d++\\.\\d++(?:[eE][+-]?\\d++)?|-?\\d++[eE][+-]?\\d++", NUMBER_FLOAT)
                .rule("-?\\d++", NUMBER_INTEGER)
                .rule("[{}\\[\\],:]", PUNCTUATION)
                .build();
    }

    /** Chroma's TOML: bare keys and table names as other names, {@code =} and brackets as punctuation. */
    static Lexer toml() {
        return Lexer.builder("toml")
                .state("root")
                .rule("\\s++", TEXT)
                .rule("#[^\\n]*+", COMMENT)
                .rule("\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)", STRING)
                .rule(DQ, STRING_DOUBLE)
                .rule("'[^'\\n]*+'?", STRING_SINGLE)
                .words(KEYWORD_CONSTANT, "true", "false")
                .rule(
                        "\\d{4}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d++)?)?(?:Z|[+-]\\d\\d:\\d\\d)?)?",
                        LITERAL_DATE)
                .rule("[+-]?\\d[\\d_]*+\\.\\d++(?:[eE][+-]?\\d++)?", NUMBER_FLOAT)
                .rule("[+-]?\\d[\\d_]*+", NUMBER_INTEGER)
                .rule("[A-Za-z_][\\w-]*+", NAME_OTHER)
                .rule("[\\[\\]{},.=]", PUNCTUATION)
                .rule("[^\\s\\[\\]{},=#]++", TEXT)
                .build();
    }

    /**
     * Chroma's diff: every line is one token, typed by how it starts (so "+++ b/file" is an insertion and
     * "--- a/file" a deletion, a bare "---" line strong); normal-diff ranges such as "5,7c5" are subheadings.
     */
    static Lexer diff() {
        return Lexer.builder("diff")
                .state("root")
                .rule(" .*\\n", TEXT)
                .rule("\\d+(?:,\\d+)?[acd]\\d+(?:,\\d+)?\\n|@.*\\n", GENERIC_SUBHEADING)
                .rule("---\\n|!.*\\n", GENERIC_STRONG)
                .rule("\\+.*\\n|> .*\\n", GENERIC_INSERTED)
                .rule("-.*\\n|< .*\\n", GENERIC_DELETED)
                .rule("(?:[Ii]ndex|diff|=).*\\n", GENERIC_HEADING)
                .rule(".*\\n", TEXT)
                .build();
    }
}
