package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;

/** Collects a lexer's tokens, joining neighbours of the same type like Chroma's Coalesce. */
final class CoalescedTokens {
    private final List<Token> list = new ArrayList<>();
    /** The pending run: one text as it came, or a builder once a neighbour of the same type joins it. */
    private String pendingText;
    private StringBuilder joined;
    private TokenType pendingType;

    void add(TokenType type, String text) {
        if (text.isEmpty()) return;
        if (type == pendingType && pendingText != null) {
            if (joined == null) joined = new StringBuilder(pendingText);
            joined.append(text);
            return;
        }
        flush();
        pendingType = type;
        pendingText = text;
    }

    private void flush() {
        if (pendingText != null) list.add(new Token(pendingType, joined == null ? pendingText : joined.toString()));
        pendingText = null;
        joined = null;
    }

    void addAll(List<Token> tokens) {
        for (Token t : tokens) add(t.type(), t.text());
    }

    List<Token> list() {
        flush();
        return list;
    }
}
