package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lexer's tokens as ranges of the texts they were cut from (mostly the code itself): the formatter and the
 * block's plain text read the ranges, so no string is made per token unless a {@link Token} list is asked for.
 */
final class TokenList {
    private TokenType[] types = new TokenType[64];
    private String[] texts = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    static TokenList of(List<Token> tokens) {
        TokenList list = new TokenList();
        for (Token t : tokens) list.add(t.type(), t.text(), 0, t.text().length());
        return list;
    }

    /** Adds {@code text[start, end)} as one token. */
    void add(TokenType type, String text, int start, int end) {
        if (size == types.length) {
            int grown = size * 2;
            types = Arrays.copyOf(types, grown);
            texts = Arrays.copyOf(texts, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        types[size] = type;
        texts[size] = text;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    TokenType type(int i) {
        return types[i];
    }

    /** The text token {@code i} is a range of, from {@link #start} to {@link #end}. */
    String source(int i) {
        return texts[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    /** Token {@code i}'s text: the range itself when it is its whole source. */
    String text(int i) {
        String s = texts[i];
        return starts[i] == 0 && ends[i] == s.length() ? s : s.substring(starts[i], ends[i]);
    }

    List<Token> toTokens() {
        List<Token> tokens = new ArrayList<>(size);
        for (int i = 0; i < size; i++) tokens.add(new Token(types[i], text(i)));
        return tokens;
    }
}
