package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;

/** Collects a lexer's tokens, joining neighbours of the same type like Chroma's Coalesce. */
final class CoalescedTokens {
    private final List<Token> list = new ArrayList<>();
    /**
     * The pending run: a range of the lexed text, grown while its neighbours of the same type follow it there, so
     * that a run is copied out once; a builder once a neighbour from another text joins it.
     */
    private String source;

    private int start;
    private int end;
    private StringBuilder joined;
    private TokenType pendingType;

    void add(TokenType type, String text) {
        add(type, text, 0, text.length());
    }

    /** Adds {@code text[from, to)}. */
    void add(TokenType type, String text, int from, int to) {
        if (from == to) return;
        if (type == pendingType && source != null) {
            if (joined == null && text == source && from == end) {
                end = to;
                return;
            }
            if (joined == null) joined = new StringBuilder().append(source, start, end);
            joined.append(text, from, to);
            return;
        }
        flush();
        pendingType = type;
        source = text;
        start = from;
        end = to;
    }

    private void flush() {
        if (source != null)
            list.add(new Token(pendingType, joined == null ? source.substring(start, end) : joined.toString()));
        source = null;
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
