package site.builder.markdown.highlight;

/** A run of source text of one type. */
public record Token(TokenType type, String text) {}
