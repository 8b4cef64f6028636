package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** INI files and Java properties as Hugo's Chroma highlights them: key, operator, value; sections; comments. */
final class IniLexers {
    private IniLexers() {}

    static Lexer ini() {
        return Lexer.builder("ini")
                .state("root")
                .rule("\\s+", TEXT)
                .rule("[;#].*", COMMENT_SINGLE)
                .rule("\\[.*?\\]$", KEYWORD)
                // a value continues on following lines that start with a blank
                .groups("(.*?)([ \\t]*)(=)([ \\t]*)(.*(?:\\n[ \\t].+)*)", NAME_ATTRIBUTE, TEXT, OPERATOR, TEXT, STRING)
                .rule("(.+?)$", NAME_ATTRIBUTE)
                .build();
    }

    /** A value runs on over lines that end with a backslash. */
    private static final String VALUE = "(.*(?:(?<=\\\\)\\n.*)*)";

    private static final String BLANK = "([ \\t\\f]*)";

    static Lexer properties() {
        return Lexer.builder("properties")
                .state("root")
                .groups("^" + BLANK + "([#!].*)", TEXT, COMMENT_SINGLE)
                .groups(
                        "^" + BLANK + "(\\S+?)" + BLANK + "([=:])" + BLANK + VALUE,
                        TEXT,
                        NAME_ATTRIBUTE,
                        TEXT,
                        OPERATOR,
                        TEXT,
                        STRING)
                .groups("^" + BLANK + "(\\S+)([ \\t\\f]+)" + VALUE, TEXT, NAME_ATTRIBUTE, TEXT, STRING)
                .groups("^" + BLANK + "(\\w+)$", TEXT, NAME_ATTRIBUTE)
                .rule("\\n", TEXT)
                .build();
    }
}
