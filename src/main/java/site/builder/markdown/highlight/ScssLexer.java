package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * SCSS as Hugo's Chroma 2.5 highlights it. Unlike its CSS lexer, Chroma's SCSS lexer guesses declarations from
 * the text that follows: a word is an attribute when a colon follows it and, after the colon, a semicolon or
 * comma comes before any opening brace; that also catches map keys and selectors such as {@code &:hover,} on
 * the first line of {@code &:hover, &:focus}. Values are lexed the same way at the top level and in blocks;
 * matching ignores case throughout.
 */
final class ScssLexer {
    private ScssLexer() {}

    /** Characters a guessed attribute name cannot contain (it may span lines: a line break is allowed). */
    private static final String NAME_CHAR = "[^ \\t:=\"\\[;(),.]";

    /**
     * Chroma guards its guess with a lookbehind of any length ("not after a colon and white space"), so that the
     * words of a value ({@code hover} in {@code a:hover:focus,}) are not taken for names. Java's lookbehind walks
     * back to the start of the text when it fails, so this one is written to succeed at the first character that
     * is not white space, capturing an empty group unless that character is a colon; the rule goes on only when a
     * group was captured. A match at the start of the text counts as not after a colon.
     */
    private static final String NOT_AFTER_COLON = "(?<=(?::|[^\\s:]()|\\A())\\s*)(?:\\1|\\2)";

    /**
     * After the colon, at least one character and then the first semicolon or comma, with no opening brace on the
     * way unless a hash before it opens an interpolation. The runs between braces are possessive and at most 2,000
     * characters long: the scan starts again at each guessed name, so without a bound a long declaration full of
     * colons would cost time quadratic in its length (as it does in Chroma, which has no bound).
     */
    private static final String DECLARATION_FOLLOWS =
            "(?=[ \\t]*:[^{][^{;,]{0,2000}+(?:(?<=#)\\{[^{;,]{0,2000}+)*+[;,])";

    /**
     * A guessed attribute name (see the class comment), taken possessively: only the whole run of name characters
     * can be followed by the colon. At most 256 characters, for the same reason as above. So a longer name, or a
     * longer run of text between the colon and the semicolon, is an attribute in Chroma and not here.
     */
    static final String GUESSED_ATTRIBUTE = NOT_AFTER_COLON + NAME_CHAR + "{1,256}+" + DECLARATION_FOLLOWS;

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("scss").dotAll().ignoreCase();
        strings(b);
        b.state("id")
                .rule("[\\w-]+", NAME_NAMESPACE)
                .include("interpolation-start")
                .rule("", TEXT, "#pop");
        b.state("class")
                .rule("[\\w-]+", NAME_CLASS)
                .include("interpolation-start")
                .rule("", TEXT, "#pop");
        b.state("pseudo-class")
                .rule("[\\w-]+", NAME_DECORATOR)
                .include("interpolation-start")
                .rule("", TEXT, "#pop");
        value(b);
        b.state("interpolation").rule("\\}", STRING_INTERPOL, "#pop").include("value");
        b.state("each").rule("in", OPERATOR_WORD).include("value");
        b.state("for").rule("from|to|through", OPERATOR_WORD).include("value");
        b.state("attr")
                .include("interpolation-start")
                .rule("[ \\t]*:", OPERATOR, "value")
                .rule("", TEXT, "#pop");
        selector(b);
        root(b);
        return b.build();
    }

    /**
     * Strings, urls and comments: text up to the closing character, with interpolations inside. Chroma takes the
     * text in one match of a repeated alternation; here each alternative is a rule of its own, matched again and
     * again in the same state, which gives the same tokens (neighbours of one type are joined) without the stack
     * depth Java's regex engine spends on each repetition of a group.
     */
    private static void strings(Lexer.Builder b) {
        b.state("interpolation-start").rule("#\\{", STRING_INTERPOL, "interpolation");
        quoted(b, "string-double", "\"", STRING_DOUBLE);
        quoted(b, "string-single", "'", STRING_SINGLE);
        // In a url a backslash escapes only "#".
        b.state("string-url")
                .rule("[^\\n#)\\\\]++", STRING_OTHER)
                .rule("\\\\#?", STRING_OTHER)
                .rule("#(?=[^\\n{])", STRING_OTHER)
                .include("interpolation-start")
                .rule("\\)", STRING_OTHER, "#pop");
        // The closing "*/" is a plain comment in Chroma, the rest of the comment a multiline one.
        b.state("inline-comment")
                .rule("[^#*\\\\]++", COMMENT_MULTILINE)
                .rule("\\\\#?", COMMENT_MULTILINE)
                .rule("#(?=[^{])|\\*(?=[^/])", COMMENT_MULTILINE)
                .include("interpolation-start")
                .rule("\\*/", COMMENT, "#pop");
    }

    /**
     * A quoted string; a backslash escapes any character. No rule takes a line break, so one sends the lexer back to
     * the top level, as in Chroma.
     */
    private static void quoted(Lexer.Builder b, String state, String quote, TokenType type) {
        b.state(state)
                .rule("[^\\n#\\\\" + quote + "]++", type)
                .rule("\\\\.?", type)
                .rule("#(?=[^\\n{])", type)
                .include("interpolation-start")
                .rule(quote, type, "#pop");
    }

    /**
     * A value, after a property's or variable's colon and after at-rules that take expressions. Chroma's word
     * rules for {@code true}/{@code false} and {@code and}/{@code or}/{@code not} have no word boundaries, so
     * they also match the start of longer words ({@code order} is "or" then "der"); so do these.
     */
    private static void value(Lexer.Builder b) {
        b.state("value")
                .rule("[ \\t]+", TEXT)
                .rule("!(?:important|default|global)", KEYWORD)
                .rule("[!$][\\w-]+", NAME_VARIABLE)
                .rule("url\\(", STRING_OTHER, "string-url")
                .rule("[a-z_-][\\w-]*(?=\\()", NAME_FUNCTION)
                .rule("\\b" + words(ScssWords.PROPERTIES) + "(?=\\s*:)", NAME_ATTRIBUTE)
                .rule(GUESSED_ATTRIBUTE, NAME_ATTRIBUTE)
                .rule("\\b" + words(ScssWords.VALUES) + "\\b", NAME_ENTITY)
                .rule("\\b" + words(ScssWords.COLORS) + "\\b", NAME_CONSTANT)
                .rule("true|false", NAME_PSEUDO)
                .rule("and|or|not", OPERATOR_WORD)
                .rule("/\\*", COMMENT_MULTILINE, "inline-comment")
                .rule("//[^\\n]*", COMMENT_SINGLE)
                .rule("#[a-z0-9]{1,6}", NUMBER_HEX)
                // Integers are tried first, so "1.5" is the integer 1 and the float .5, as in Chroma.
                .groups("(-)?(\\d+)(%|[a-z]+)?", OPERATOR, NUMBER_INTEGER, KEYWORD_TYPE)
                .groups("(-?)(\\d*\\.\\d+)(%|[a-z]+)?", OPERATOR, NUMBER_FLOAT, KEYWORD_TYPE)
                .include("interpolation-start")
                .rule("[~^*!&%<>|+=@:,./?-]+", OPERATOR)
                .rule("[\\[\\]()]+", PUNCTUATION)
                .rule("\"", STRING_DOUBLE, "string-double")
                .rule("'", STRING_SINGLE, "string-single")
                .rule("[a-z_-][\\w-]*", NAME)
                .rule("\\n", TEXT)
                .rule("[;{}]", PUNCTUATION, "#pop");
    }

    /** A selector (and the operand of {@code @extend} and of at-rules Chroma does not know), up to ; { or }. */
    private static void selector(Lexer.Builder b) {
        b.state("selector")
                .rule("[ \\t]+", TEXT)
                .rule(":", NAME_DECORATOR, "pseudo-class")
                .rule("\\.", NAME_CLASS, "class")
                .include("interpolation-start")
                .rule("#", NAME_NAMESPACE, "id")
                .rule("&", KEYWORD)
                .rule("[~^*!&\\[\\]()<>|+=@:,./?-]", OPERATOR)
                .groups("(%)([\\w-]+)", OPERATOR, NAME_CLASS)
                .rule("\"", STRING_DOUBLE, "string-double")
                .rule("'", STRING_SINGLE, "string-single")
                .rule("\\n", TEXT)
                .rule("[;{}]", PUNCTUATION, "#pop")
                .rule("[\\w-]+", NAME_TAG);
    }

    /** The top level and block bodies: at-rules, variables, declarations, and otherwise a selector. */
    private static void root(Lexer.Builder b) {
        b.state("root")
                .rule("[{}()]", PUNCTUATION)
                .rule("\\s+", TEXT)
                .rule("//[^\\n]*\\n", COMMENT_SINGLE)
                .rule("/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("@import", KEYWORD, "value")
                .action(
                        "(@(?:use|forward))(\\s+)([^\\s;]+)(?:(\\s+)(as)(\\s+)(\\w+|\\*))?(?:(\\s+)(with))?",
                        "value",
                        KEYWORD,
                        TEXT,
                        Lexer.usingSelf("selector"),
                        TEXT,
                        KEYWORD,
                        TEXT,
                        NAME_NAMESPACE,
                        TEXT,
                        KEYWORD)
                .rule("@for", KEYWORD, "for")
                .rule("@each", KEYWORD, "each")
                .rule("@(?:debug|warn|else if|if|while|return)", KEYWORD, "value")
                .action("(@(?:mixin|function))( [\\w-]+)", "value", KEYWORD, NAME_FUNCTION)
                .action("(@include)( [\\w-]+)", "value", KEYWORD, NAME_DECORATOR)
                .rule("@extend", KEYWORD, "selector")
                .action("(@media)(\\s+)", "value", KEYWORD, TEXT)
                .rule("@[\\w-]+", KEYWORD, "selector")
                .action("(\\$[\\w-]*\\w)([ \\t]*:)", "value", NAME_VARIABLE, OPERATOR)
                .include("interpolation-start")
                .rule("\\b" + words(ScssWords.PROPERTIES) + "(?=\\s*:)", NAME_ATTRIBUTE, "attr")
                .rule(GUESSED_ATTRIBUTE, NAME_ATTRIBUTE, "attr")
                .rule("", TEXT, "selector");
    }

    private static String words(String list) {
        return WordTrie.regex(list.replace(' ', '|'));
    }
}
