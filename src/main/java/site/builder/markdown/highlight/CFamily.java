package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** Lexers for brace languages that share comments, strings and numbers: C. */
final class CFamily {
    private CFamily() {}

    /** What differs between the languages: their word lists and string forms. */
    record Spec(String name, String[] namespaces, String[] keywords, String[] declarations, String[] types, String[] constants,
                boolean backtickStrings, boolean singleQuoteStrings, Style style) {}

    /** How Chroma's lexer for the language types strings, identifiers and punctuation. */
    record Style(TokenType string, TokenType identifier, TokenType punctuation, boolean chromaJavaQuirks) {
        /** Chroma's Java lexer types numbers as names and anything after a dot as an attribute. */
        static final Style C_LIKE = new Style(STRING, NAME, PUNCTUATION, false);
    }

    static Lexer lexer(Spec s) {
        Lexer.Builder b = Lexer.builder(s.name()).unmatchedAsText().state("root")
                .rule("\\s++", TEXT)
                .rule("//[^\\n]*+\\n?", COMMENT_SINGLE)
                .rule("/\\*[\\s\\S]*?(?:\\*/|\\z)", COMMENT_MULTILINE)
                .rule("#\\s*+(?:include|define|ifdef|ifndef|endif|if|else|elif|pragma|undef)\\b[^\\n]*+\\n?", COMMENT_PREPROC)
                .rule("@[A-Za-z_][\\w.]*+", NAME_DECORATOR)
                .groups("(package|import)(\\s++)([\\w.]++)(?=\\s*+;)", KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE)
                .groups("(class|interface|enum|record|struct|trait)(\\s++)([A-Za-z_]\\w*+)", KEYWORD_DECLARATION, TEXT, NAME_CLASS)
                .rule("\"(?:[^\"\\\\\\n]++|\\\\.)*+\"?", s.style().string());
        if (s.singleQuoteStrings()) b.rule("'(?:[^'\\\\\\n]++|\\\\.)*+'?", STRING_SINGLE);
        else b.rule("'(?:[^'\\\\\\n]|\\\\.[^'\\n]*+)'", STRING_CHAR);
        if (s.backtickStrings()) b.rule("`[^`]*+`?", s.style().string() == STRING ? STRING : STRING_BACKTICK);
        if (s.style().chromaJavaQuirks()) {
            b.groups("(\\.)([A-Za-z_$\\d][\\w$]*+)", OPERATOR, NAME_ATTRIBUTE).rule("\\d[\\w$]*+", NAME);
        }
        return b.rule("0[xX][0-9a-fA-F_]++[lLuU]*+", NUMBER_HEX)
                .rule("0[bB][01_]++[lLuU]*+", NUMBER_BIN)
                .rule("\\d[\\d_]*+\\.\\d[\\d_]*+(?:[eE][+-]?\\d++)?[fFdD]?|\\d[\\d_]*+[eE][+-]?\\d++[fFdD]?", NUMBER_FLOAT)
                .rule("\\d[\\d_]*+(?:[lLuUfFdDn]|i32|i64|u8|u32|u64|usize)?\\b", NUMBER_INTEGER)
                .words(KEYWORD_NAMESPACE, s.namespaces())
                .words(KEYWORD_CONSTANT, s.constants())
                .words(KEYWORD_DECLARATION, s.declarations())
                .words(KEYWORD_TYPE, s.types())
                .words(KEYWORD, s.keywords())
                .groups("([A-Za-z_$][\\w$]*+)(\\s*+)(?=\\()", NAME_FUNCTION, TEXT)
                .rule("[A-Za-z_$][\\w$]*+", s.style().identifier())
                .rule("[-+*/%<>!&|^~?:]++=?|==", OPERATOR)
                .rule("[{}()\\[\\];,.=]", s.style().punctuation())
                .build();
    }


    static final Spec C = new Spec("c", new String[0],
            words("auto break case continue default do else enum extern for goto if register return sizeof static switch "
                    + "typedef union volatile while inline restrict"),
            words("struct const"), words("char double float int long short signed unsigned void bool size_t"),
            words("true false NULL"), false, false, Style.C_LIKE);

    private static String[] words(String list) {
        return list.split(" ");
    }
}
