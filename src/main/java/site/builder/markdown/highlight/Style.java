package site.builder.markdown.highlight;

import java.util.EnumMap;
import java.util.Map;

/**
 * Inline CSS for {@code noClasses = true}, in Chroma's compressed form. Only Chroma's "monokai" (Hugo's default)
 * is built in and used whatever style is configured (docs/COMPATIBILITY.md). Entries equal to the background's colour are left out,
 * as Chroma does, so such tokens get no span.
 */
final class Style {
    static final Style MONOKAI = new Style("color:#f8f8f2;background-color:#272822;", "#3c3d38", "#7f7f7f", monokai());

    final String pre;
    final String highlightBackground;
    final String lineNumberColour;
    private final Map<TokenType, String> css;

    private Style(String pre, String highlightBackground, String lineNumberColour, Map<TokenType, String> css) {
        this.pre = pre;
        this.highlightBackground = highlightBackground;
        this.lineNumberColour = lineNumberColour;
        this.css = css;
    }

    /** The CSS for a token type, walking up to its parents; null when unstyled. */
    String css(TokenType type) {
        for (TokenType t = type; t != null; t = t.parent()) {
            if (css.containsKey(t)) return css.get(t);
        }
        return null;
    }

    private static Map<TokenType, String> monokai() {
        Map<TokenType, String> m = new EnumMap<>(TokenType.class);
        String blue = "color:#66d9ef", green = "color:#a6e22e", pink = "color:#f92672", purple = "color:#ae81ff",
                yellow = "color:#e6db74", grey = "color:#75715e";
        m.put(TokenType.ERROR, "color:#960050;background-color:#1e0010");
        m.put(TokenType.KEYWORD, blue);
        m.put(TokenType.KEYWORD_NAMESPACE, pink);
        for (TokenType t : new TokenType[] {TokenType.NAME_ATTRIBUTE, TokenType.NAME_CLASS, TokenType.NAME_DECORATOR,
                TokenType.NAME_EXCEPTION, TokenType.NAME_FUNCTION, TokenType.NAME_OTHER, TokenType.GENERIC_INSERTED}) {
            m.put(t, green);
        }
        m.put(TokenType.NAME_CONSTANT, blue);
        m.put(TokenType.NAME_TAG, pink);
        m.put(TokenType.LITERAL, purple);
        m.put(TokenType.LITERAL_DATE, yellow);
        m.put(TokenType.STRING, yellow);
        m.put(TokenType.STRING_ESCAPE, purple);
        m.put(TokenType.NUMBER, purple);
        m.put(TokenType.OPERATOR, pink);
        m.put(TokenType.COMMENT, grey);
        m.put(TokenType.GENERIC_DELETED, pink);
        m.put(TokenType.GENERIC_EMPH, "font-style:italic");
        m.put(TokenType.GENERIC_STRONG, "font-weight:bold");
        m.put(TokenType.GENERIC_SUBHEADING, grey);
        return m;
    }
}
