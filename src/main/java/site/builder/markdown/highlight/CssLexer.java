package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSS as Hugo's Chroma highlights it: selectors (tags, {@code .class}, {@code #id}, {@code :pseudo}), at-rules,
 * and inside a block a known property is a keyword and any other a plain name; values are typed by Chroma's word
 * lists ({@link CssWords}), numbers carry their unit as a keyword type, and functions open their own state.
 */
final class CssLexer {
    private CssLexer() {}

    private static final String VENDOR =
            "-webkit-|-khtml-|prince-|-atsc-|-moz-|-rim-|-wap-|-ms-|-xv-|mso-|-ah-|-hp-|-ro-|-tc-|-o-";
    private static final String BUILTIN_FUNCTIONS =
            words("attr blackness blend blenda blur brightness calc circle color-mod"
                    + " contrast counter cubic-bezier device-cmyk drop-shadow ellipse gray grayscale hsl hsla hue hue-rotate hwb"
                    + " image inset invert lightness linear-gradient matrix matrix3d opacity perspective polygon radial-gradient"
                    + " rect repeating-linear-gradient repeating-radial-gradient rgb rgba rotate rotate3d rotateX rotateY rotateZ"
                    + " saturate saturation scale scale3d scaleX scaleY scaleZ sepia shade skewX skewY steps tint toggle translate"
                    + " translate3d translateX translateY translateZ whiteness");
    private static final String UNITS =
            "vmin|vmax|vw|vh|rem|em|ex|ch|px|mm|cm|in|pt|pc|q|deg|grad|rad|turn|ms|s|Hz|kHz|dpi|dpcm|dppx";
    private static final String COMMENT_TEXT = "/\\*(?:.|\\n)*?\\*/";
    private static final String DOUBLE = "\"(?:\\\\\\\\|\\\\\"|[^\"])*\"";
    private static final String SINGLE = "'(?:\\\\\\\\|\\\\'|[^'])*'";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("css");
        b.state("urls")
                .groups("(url)(\\()(\".*?\")(\\))", NAME_BUILTIN, PUNCTUATION, STRING_DOUBLE, PUNCTUATION)
                .groups("(url)(\\()('.*?')(\\))", NAME_BUILTIN, PUNCTUATION, STRING_SINGLE, PUNCTUATION)
                .groups("(url)(\\()(.*?)(\\))", NAME_BUILTIN, PUNCTUATION, STRING_OTHER, PUNCTUATION);
        b.state("numeric-end").rule("(?:" + UNITS + ")\\b|%", KEYWORD_TYPE).rule("", TEXT, "#pop");
        b.state("numeric-values")
                .rule("#[a-zA-Z0-9]{1,6}", NUMBER_HEX)
                .rule("[+\\-]?[0-9]*[.][0-9]+", NUMBER_FLOAT, "numeric-end")
                .rule("[+\\-]?[0-9]+", NUMBER_INTEGER, "numeric-end");
        b.state("common-values")
                .rule("\\s+", TEXT)
                .rule(VENDOR, KEYWORD_PSEUDO)
                .include("urls")
                .action("(" + BUILTIN_FUNCTIONS + ")(\\()", "function-start", NAME_BUILTIN, PUNCTUATION)
                .action("([a-zA-Z_][\\w-]+)(\\()", "function-start", NAME_FUNCTION, PUNCTUATION)
                .rule(words(CssWords.VALUES, CssWords.VALUE_PHRASES) + "\\b", KEYWORD_CONSTANT)
                .rule(words(CssWords.MORE_VALUES) + "\\b", KEYWORD_CONSTANT)
                .rule(words(CssWords.COLORS) + "\\b", KEYWORD_CONSTANT);
        for (String state : new String[] {"function-start", "in-parentheses"}) {
            b.state(state)
                    .include("common-values")
                    .rule(COMMENT_TEXT, COMMENT)
                    .include("numeric-values")
                    .rule("[*+/-]", OPERATOR)
                    .rule(",", PUNCTUATION)
                    .rule(DOUBLE, STRING_DOUBLE)
                    .rule(SINGLE, STRING_SINGLE)
                    .rule("[a-zA-Z_-]\\w*", NAME)
                    .rule("\\(", PUNCTUATION, "in-parentheses")
                    .rule("\\)", PUNCTUATION, "#pop");
        }
        b.state("value-start")
                .include("common-values")
                .rule(words(CssWords.PROPERTIES) + "\\b", KEYWORD)
                .rule("!important", COMMENT_PREPROC)
                .rule(COMMENT_TEXT, COMMENT)
                .include("numeric-values")
                .rule("[~^*!%&<>|+=@:./?-]+", OPERATOR)
                .rule("[\\[\\](),]+", PUNCTUATION)
                .rule(DOUBLE, STRING_DOUBLE)
                .rule(SINGLE, STRING_SINGLE)
                .rule("[a-zA-Z_][\\w-]*", NAME)
                .rule(";", PUNCTUATION, "#pop")
                .rule("\\}", PUNCTUATION, "#pop:2");
        b.state("content")
                .rule("\\s+", TEXT)
                .rule("\\}", PUNCTUATION, "#pop")
                .rule(";", PUNCTUATION)
                .rule("^@.*?$", COMMENT_PREPROC)
                .rule(VENDOR, KEYWORD_PSEUDO)
                .action("(" + words(CssWords.PROPERTIES) + ")(\\s*)(:)", "value-start", KEYWORD, TEXT, PUNCTUATION)
                .action("(--[a-zA-Z_][\\w-]*)(\\s*)(:)", "value-start", NAME_VARIABLE, TEXT, PUNCTUATION)
                .action("([a-zA-Z_][\\w-]*)(\\s*)(:)", "value-start", NAME, TEXT, PUNCTUATION)
                .rule(COMMENT_TEXT, COMMENT);
        b.state("basics")
                .rule("\\s+", TEXT)
                .rule(COMMENT_TEXT, COMMENT)
                .rule("\\{", PUNCTUATION, "content")
                .groups("(:{1,2})([\\w-]+)", PUNCTUATION, NAME_DECORATOR)
                .groups("(\\.)([\\w-]+)", PUNCTUATION, NAME_CLASS)
                .groups("(#)([\\w-]+)", PUNCTUATION, NAME_NAMESPACE)
                .action("(@)([\\w-]+)", "at-rule", PUNCTUATION, KEYWORD)
                .rule("[\\w-]+", NAME_TAG)
                .rule("[~^*!%&$\\[\\]()<>|+=@:;,./?-]", OPERATOR)
                .rule(DOUBLE, STRING_DOUBLE)
                .rule(SINGLE, STRING_SINGLE);
        b.state("at-rule")
                .rule("\\{", PUNCTUATION, "at-content")
                .rule(";", PUNCTUATION, "#pop")
                .include("basics");
        b.state("at-content").include("basics").rule("\\}", PUNCTUATION, "#pop:2");
        return b.state("root").include("basics").build();
    }

    /** A space-separated word list (and phrases) as one alternation that prefers the longest word. */
    private static String words(String list, String... phrases) {
        return WordTrie.regex(Stream.concat(Arrays.stream(list.split(" ")), Arrays.stream(phrases))
                .distinct()
                .collect(Collectors.joining("|")));
    }
}
