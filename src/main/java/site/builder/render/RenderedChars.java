package site.builder.render;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * A page's template output as one char array, which the next page rendered on the same thread reuses: the page
 * is minified in place and encoded straight from it, so no String of the page (with its builder's growth, its
 * Latin-1 compression attempt and its copy) is made. {@link #release} hands the array back once it is encoded.
 */
public final class RenderedChars implements TemplateOutput {
    /** Arrays above this size (a very long list page) are not kept for the next page. */
    private static final int KEPT_MAX = 1 << 20;

    private static final ThreadLocal<RenderedChars> SPARE = new ThreadLocal<>();

    private char[] chars = new char[1 << 14];
    private int length;

    private RenderedChars() {}

    /** This thread's spare output, emptied, or a new one when it has none (or it is still in use). */
    static RenderedChars take() {
        RenderedChars spare = SPARE.get();
        if (spare == null) return new RenderedChars();
        SPARE.remove();
        spare.length = 0;
        return spare;
    }

    /** Ends this output's use: its array may be written over by the next page rendered on this thread. */
    public void release() {
        if (chars.length <= KEPT_MAX) SPARE.set(this);
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        int n = endIndex - beginIndex;
        if (length + n > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        value.getChars(beginIndex, endIndex, chars, length);
        length += n;
    }

    /** The text's chars: the first {@link #length()} of them; an array the caller may rewrite in place. */
    public char[] chars() {
        return chars;
    }

    public int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
