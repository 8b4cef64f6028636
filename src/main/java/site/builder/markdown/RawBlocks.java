package site.builder.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Large finished HTML (highlighted code blocks) kept out of flexmark's writer, which copies raw text a character
 * at a time while tracking lines (as costly as highlighting the block): the renderer writes a short placeholder
 * and the block is put in its place once the document is rendered. Blocks given with their stripped text are
 * remembered where they were put, so that {@code .Plain} takes that text instead of stripping their HTML.
 */
final class RawBlocks {
    private static final char MARK = '\uE001';
    /** No blocks: for pages whose HTML was not rendered here. */
    static final RawBlocks NONE = new RawBlocks();

    private final List<String> blocks = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    /** The last {@link #restore} output and the blocks with a known text placed in it, in order. */
    private String restored;

    private final List<PlainText.Known> placed = new ArrayList<>();

    /** The placeholder to write instead of {@code html}. */
    String hold(String html) {
        return hold(html, null);
    }

    /** @param text the block as {@link PlainText} strips it (before white space is squeezed), or null if unknown */
    String hold(String html, String text) {
        blocks.add(html);
        texts.add(text);
        return MARK + Integer.toString(blocks.size() - 1) + MARK;
    }

    /**
     * The rendered document with every placeholder replaced by its block. The pieces are joined by
     * {@link String#join}, which sizes the page once and writes it in place: a builder was filled and then copied,
     * and on a page with non-Latin-1 text its {@code toString} first tried to compress the whole page.
     */
    String restore(String rendered) {
        placed.clear();
        if (blocks.isEmpty() || rendered.indexOf(MARK) < 0) return restored = rendered;
        List<String> pieces = new ArrayList<>(2 * blocks.size() + 1);
        int length = 0;
        int from = 0;
        for (int start = rendered.indexOf(MARK); start >= 0; start = rendered.indexOf(MARK, start + 1)) {
            int end = rendered.indexOf(MARK, start + 1);
            int index = end < 0 ? -1 : index(rendered, start + 1, end);
            if (index < 0) continue;
            length += start - from;
            pieces.add(rendered.substring(from, start));
            String block = blocks.get(index);
            if (texts.get(index) != null) placed.add(new PlainText.Known(length, block.length(), texts.get(index)));
            pieces.add(block);
            length += block.length();
            from = end + 1;
            start = end;
        }
        pieces.add(rendered.substring(from));
        return restored = String.join("", pieces);
    }

    /** The blocks with a known text in {@code html}, if it is the last restored document itself (not a copy). */
    List<PlainText.Known> knownIn(String html) {
        return html == restored ? placed : List.of();
    }

    private int index(String s, int from, int to) {
        if (to == from || to - from > 9) return -1;
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n < blocks.size() ? n : -1;
    }
}
