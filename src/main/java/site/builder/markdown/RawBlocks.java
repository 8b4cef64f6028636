package site.builder.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Large finished HTML (highlighted code blocks) kept out of flexmark's writer, which copies raw text a character
 * at a time while tracking lines (as costly as highlighting the block): the renderer writes a short placeholder
 * and the block is put in its place once the document is rendered.
 */
final class RawBlocks {
    private static final char MARK = '\uE001';
    private final List<String> blocks = new ArrayList<>();

    /** The placeholder to write instead of {@code html}. */
    String hold(String html) {
        blocks.add(html);
        return MARK + Integer.toString(blocks.size() - 1) + MARK;
    }

    /** The rendered document with every placeholder replaced by its block. */
    String restore(String rendered) {
        if (blocks.isEmpty() || rendered.indexOf(MARK) < 0) return rendered;
        StringBuilder out = new StringBuilder(rendered.length() + blocks.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int start = rendered.indexOf(MARK); start >= 0; start = rendered.indexOf(MARK, from)) {
            int end = rendered.indexOf(MARK, start + 1);
            int index = end < 0 ? -1 : index(rendered, start + 1, end);
            if (index < 0) {
                out.append(rendered, from, start + 1);
                from = start + 1;
                continue;
            }
            out.append(rendered, from, start).append(blocks.get(index));
            from = end + 1;
        }
        return out.append(rendered, from, rendered.length()).toString();
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
