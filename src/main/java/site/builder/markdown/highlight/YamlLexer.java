package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * YAML as Hugo's Chroma highlights it, which is line-oriented rather than a YAML parser: a key is everything up
 * to the last ": " of a line, a list dash with its indentation is plain text, a plain value runs to the end of the
 * line (a trailing comment split off after its last space), and a block scalar ({@code |}, {@code >}) is one doc
 * string whose first indentation Chroma writes a second time.
 */
final class YamlLexer {
    private YamlLexer() {}

    /** Words YAML 1.1 reads as booleans or null, in the spellings the spec lists (a prefix of a longer word too). */
    private static final String CONSTANTS =
            "(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF" + "|null|y|Y|n|N)\\b";

    private static final String NUMERAL =
            "\\b[+-]?(?:0x[\\da-f]+|0o[0-7]+|(?:\\d+\\.?\\d*|\\.?\\d+)(?:e[+-]?\\d+)?|\\.inf|\\.nan)\\b";
    private static final String DATE =
            "\\d{4}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|\\s+[-+]\\d+)?)?";
    /** A plain value may not start with an indicator character. */
    private static final String PLAIN_START = "[^{}\\[\\]?,:!\\-*&@]";

    static Lexer lexer() {
        return Lexer.builder("yaml")
                .state("root")
                .rule("\\s+", WHITESPACE)
                .rule("^(?:---|\\.\\.\\.)", NAME_NAMESPACE)
                .rule("[\\n?]?\\s*- ", TEXT)
                .rule("#.*$", COMMENT)
                .rule("(?:!!|&|\\*)\\S+|^%include\\s+[^\\n\\r]+", COMMENT_PREPROC)
                // keys
                .rule("\"[^\"\\n].*\": ", NAME_TAG)
                .groups("(-)( )([^\"\\n{]*)(:)( )", PUNCTUATION, WHITESPACE, NAME_TAG, PUNCTUATION, WHITESPACE)
                .groups("([^\"\\n{]*)(:)([ \\n])", NAME_TAG, PUNCTUATION, WHITESPACE)
                // values
                .groups("([>|][+-]?)(\\n(^ +)(?:(?:.*\\n*(?:^\\3 *).*)+|.*))", PUNCTUATION, STRING_DOC, WHITESPACE)
                .rule(CONSTANTS, KEYWORD_CONSTANT)
                .rule("\"(?:\\\\.|[^\"])*\"", STRING_DOUBLE)
                .rule("'(?:\\\\.|[^'])*'", STRING_SINGLE)
                .rule(DATE, LITERAL_DATE)
                .rule(NUMERAL, NUMBER)
                .groups("(" + PLAIN_START + ".*)( )+(#.*)", LITERAL, WHITESPACE, COMMENT)
                .rule(PLAIN_START + ".*", LITERAL)
                .rule("[?:,\\[\\]]", PUNCTUATION)
                .rule(".", TEXT)
                .build();
    }
}
