package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * The JSX states Chroma's React and TypeScript lexers share: "jsx" (opening, closing and fragment tags, included at
 * the top of root, so {@code a<b} opens a tag too), "tag" with its attributes, and "expression" for {@code {...}}
 * values, which lexes like root and so must be declared after it.
 */
final class JsxStates {
    private JsxStates() {}

    /** Declares jsx, tag and attr; {@code closingName} is the pattern of a closing tag's name. */
    static void tags(Lexer.Builder b, String closingName) {
        b.state("jsx")
                .groups("(<)(/?)(>)", PUNCTUATION, PUNCTUATION, PUNCTUATION)
                .action("(<)([\\w.]+)", "tag", PUNCTUATION, NAME_TAG)
                .groups("(<)(/)(" + closingName + ")(>)", PUNCTUATION, PUNCTUATION, NAME_TAG, PUNCTUATION);
        b.state("tag")
                .rule("\\s+", TEXT)
                .action("(\\w+\\s*)(=)(\\s*)", "attr", NAME_ATTRIBUTE, OPERATOR, TEXT)
                .rule("[{}]+", PUNCTUATION)
                .rule("[\\w.]+", NAME_ATTRIBUTE)
                .action("(/?)(\\s*)(>)", "#pop", PUNCTUATION, TEXT, PUNCTUATION);
        b.state("attr")
                .rule("\\{", PUNCTUATION, "expression")
                .rule("\".*?\"|'.*?'", STRING, "#pop")
                .rule("", TEXT, "#pop");
    }

    /** Declares expression; call after root is complete. */
    static void expression(Lexer.Builder b) {
        b.state("expression")
                .rule("\\{", PUNCTUATION, "#push")
                .rule("\\}", PUNCTUATION, "#pop")
                .include("root");
    }
}
