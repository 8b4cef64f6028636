package site.builder.markdown.highlight;

/** Collects a lexer's tokens, joining neighbours of the same type like Chroma's Coalesce. */
final class CoalescedTokens {
    private final TokenList list = new TokenList();
    /**
     * The pending run: a range of the lexed text, grown while its neighbours of the same type follow it there, so
     * that a run stays one range of that text; a builder once a neighbour from another text joins it.
     */
    private String source;

    private int start;
    private int end;
    private StringBuilder joined;
    private TokenType pendingType;

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
        if (source != null) {
            if (joined == null) list.add(pendingType, source, start, end);
            else list.add(pendingType, joined.toString(), 0, joined.length());
        }
        source = null;
        joined = null;
    }

    void addAll(TokenList tokens) {
        for (int i = 0; i < tokens.size(); i++) add(tokens.type(i), tokens.source(i), tokens.start(i), tokens.end(i));
    }

    TokenList list() {
        flush();
        return list;
    }
}
