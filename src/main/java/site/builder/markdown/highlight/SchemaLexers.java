package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** Interface description languages as Hugo's Chroma highlights them: GraphQL and Protocol Buffers. */
final class SchemaLexers {
    private SchemaLexers() {}

    /** Words that open a definition; Chroma matches them without a word boundary, so "types" is "type" + "s". */
    private static final String GRAPHQL_DEFINITIONS =
            "query|mutation|subscription|fragment|scalar|implements|interface" + "|union|enum|input|type";

    private static final String GRAPHQL_LOCATIONS =
            "QUERY|MUTATION|SUBSCRIPTION|FIELD|FRAGMENT_DEFINITION|FRAGMENT_SPREAD"
                    + "|INLINE_FRAGMENT|SCHEMA|SCALAR|OBJECT|FIELD_DEFINITION|ARGUMENT_DEFINITION|INTERFACE|UNION|ENUM|ENUM_VALUE"
                    + "|INPUT_OBJECT|INPUT_FIELD_DEFINITION";

    /**
     * GraphQL: the name after a definition keyword or a colon is a type (class), other names properties. Chroma's
     * name pattern ({@code [^\W\d]\w*}) also matches digits under its regex engine, so a number there is a name
     * too (and "5.5" after a colon is the type "5" and the float ".5").
     */
    static Lexer graphql() {
        Lexer.Builder b = Lexer.builder("graphql");
        b.state("root")
                .rule("(?:" + GRAPHQL_DEFINITIONS + ")", KEYWORD_DECLARATION, "type")
                .rule("on|extend|schema|directive|\\.\\.\\.", KEYWORD_DECLARATION)
                .rule("(?:" + GRAPHQL_LOCATIONS + ")\\b", KEYWORD_CONSTANT)
                .rule("\\w+", NAME_PROPERTY)
                .rule("@\\w+", NAME_DECORATOR)
                .rule(":", PUNCTUATION, "type")
                .rule("[(){}\\[\\],!|=]", PUNCTUATION)
                .rule("\\$\\w+", NAME_VARIABLE)
                // Go's imaginary literals, which Chroma's GraphQL rules carry.
                .rule("\\d+i|\\d+\\.\\d*(?:[Ee][-+]\\d+)?i|\\.\\d+(?:[Ee][-+]\\d+)?i|\\d+[Ee][-+]\\d+i", NUMBER)
                .rule(
                        "\\d+(?:\\.\\d+[eE][+\\-]?\\d+|\\.\\d*|[eE][+\\-]?\\d+)|\\.\\d+(?:[eE][+\\-]?\\d+)?",
                        NUMBER_FLOAT)
                .rule("0|[1-9][0-9]*", NUMBER_INTEGER)
                .rule("\"\"\"[\\x00-\\x7F]*?\"\"\"", STRING)
                .rule(
                        "\"(?:\\\\[\"\\\\abfnrtv]|\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{1,3}|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|[^\\\\])\"",
                        STRING_CHAR)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("\"(?:true|false|null)*\"", LITERAL)
                .rule("[\\r\\n\\s]+", WHITESPACE)
                .rule("#[^\\r\\n]*", COMMENT);
        b.state("type").rule("\\w+", NAME_CLASS, "#pop").include("root");
        return b.build();
    }

    /**
     * Protocol Buffers: the name after message, enum or service is declared; scalar types are keyword types. Chroma
     * has no rule for a line break here, so each one outside a comment is an error token.
     */
    static Lexer protobuf() {
        Lexer.Builder b = Lexer.builder("protobuf");
        b.state("package").rule("[a-zA-Z_]\\w*", NAME_NAMESPACE, "#pop").rule("", TEXT, "#pop");
        b.state("message").rule("[a-zA-Z_]\\w*", NAME_CLASS, "#pop").rule("", TEXT, "#pop");
        b.state("type").rule("[a-zA-Z_]\\w*", NAME, "#pop").rule("", TEXT, "#pop");
        return b.state("root")
                .rule("[ \\t]+", TEXT)
                .rule("[,;{}\\[\\]()<>]", PUNCTUATION)
                .rule("/(?:\\\\\\n)?/(?:\\n|(?:.|\\n)*?[^\\\\]\\n)", COMMENT_SINGLE)
                .rule("/(?:\\\\\\n)?\\*(?:.|\\n)*?\\*(?:\\\\\\n)?/", COMMENT_MULTILINE)
                .rule(
                        "\\b(?:import|option|optional|required|repeated|returns|rpc|oneof|default|packed|ctype|extensions"
                                + "|max|to)\\b",
                        KEYWORD)
                .rule(
                        "(?:double|float|int32|int64|uint32|uint64|sint32|sint64|fixed32|fixed64|sfixed32|sfixed64|bool"
                                + "|string|bytes)\\b",
                        KEYWORD_TYPE)
                .rule("(?:true|false)\\b", KEYWORD_CONSTANT)
                .action("(package)(\\s+)", "package", KEYWORD_NAMESPACE, TEXT)
                .action("(message|extend)(\\s+)", "message", KEYWORD_DECLARATION, TEXT)
                .action("(enum|group|service)(\\s+)", "type", KEYWORD_DECLARATION, TEXT)
                .rule("\".*?\"|'.*?'", STRING)
                .rule("(?:\\d+\\.\\d*|\\.\\d+|\\d+)[eE][+-]?\\d+[LlUu]*", NUMBER_FLOAT)
                .rule("(?:\\d+\\.\\d*|\\.\\d+|\\d+[fF])[fF]?", NUMBER_FLOAT)
                .rule("-?(?:inf|nan)\\b", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+[LlUu]*", NUMBER_HEX)
                .rule("0[0-7]+[LlUu]*", NUMBER_OCT)
                .rule("\\d+[LlUu]*", NUMBER_INTEGER)
                .rule("[+-=]", OPERATOR)
                .groups("([a-zA-Z_][\\w.]*)([ \\t]*)(=)", NAME, TEXT, OPERATOR)
                .rule("[a-zA-Z_][\\w.]*", NAME)
                .build();
    }
}
