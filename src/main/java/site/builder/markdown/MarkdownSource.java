package site.builder.markdown;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.BasedSequenceImpl;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.builder.IBasedSegmentBuilder;
import org.jetbrains.annotations.NotNull;

/**
 * The page's Markdown as flexmark's based sequence, over one char array. flexmark's block parser reads a line's
 * indentation again for every open container, a {@code charAt} at a time (for a list nested by indentation,
 * lines x depth² reads); its own sequence over a String costs three interface calls and two bounds checks per
 * read, this one an interface call, a bounds check and an array load. Behaves as flexmark's own otherwise:
 * sub-sequences share the base and report offsets into it, and NUL reads as U+FFFD.
 */
final class MarkdownSource extends BasedSequenceImpl {
    private final Chars chars;
    private final MarkdownSource base;
    private final int start;
    private final int end;

    static BasedSequence of(String markdown) {
        return new MarkdownSource(markdown.toCharArray());
    }

    private MarkdownSource(char[] text) {
        super(0);
        this.chars = new Chars(text);
        this.base = this;
        this.start = 0;
        this.end = text.length;
    }

    private MarkdownSource(MarkdownSource base, int start, int end) {
        super(0);
        this.chars = base.chars;
        this.base = base;
        this.start = start;
        this.end = end;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= end - start) throw outOfRange(index);
        char c = chars.text[start + index];
        return c == '\0' ? '\uFFFD' : c;
    }

    private StringIndexOutOfBoundsException outOfRange(int index) {
        return new StringIndexOutOfBoundsException("index " + index + " out of range: [0, " + length() + ")");
    }

    /** Copied in one go rather than flexmark's character by character; NUL reads as U+FFFD here too. */
    @Override
    public @NotNull String toString() {
        return new String(chars.text, start, end - start).replace('\0', '\uFFFD');
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public @NotNull MarkdownSource subSequence(int startIndex, int endIndex) {
        checkRange(startIndex, endIndex, length());
        return baseSubSequence(start + startIndex, start + endIndex);
    }

    @Override
    public @NotNull MarkdownSource baseSubSequence(int startIndex, int endIndex) {
        checkRange(startIndex, endIndex, chars.text.length);
        return startIndex == start && endIndex == end ? this : new MarkdownSource(base, startIndex, endIndex);
    }

    private static void checkRange(int from, int to, int length) {
        if (from < 0 || to < from || to > length)
            throw new StringIndexOutOfBoundsException("range [" + from + ", " + to + ") out of [0, " + length + ")");
    }

    @Override
    public @NotNull MarkdownSource getBaseSequence() {
        return base;
    }

    /** The one object all sequences of a page share: flexmark compares bases by identity. */
    @Override
    public @NotNull Object getBase() {
        return chars;
    }

    @Override
    public int getStartOffset() {
        return start;
    }

    @Override
    public int getEndOffset() {
        return end;
    }

    @Override
    public int getIndexOffset(int index) {
        if (index < 0 || index > length())
            throw new StringIndexOutOfBoundsException("index " + index + " out of range: [0, " + length() + "]");
        return start + index;
    }

    @Override
    public @NotNull Range getSourceRange() {
        return Range.of(start, end);
    }

    @Override
    public void addSegments(@NotNull IBasedSegmentBuilder<?> builder) {
        builder.append(start, end);
    }

    @Override
    public int getOptionFlags() {
        return 0;
    }

    @Override
    public boolean allOptions(int options) {
        return false;
    }

    @Override
    public boolean anyOptions(int options) {
        return false;
    }

    @Override
    public <T> T getOption(@NotNull DataKeyBase<T> dataKey) {
        return dataKey.get(null);
    }

    @Override
    public DataHolder getOptions() {
        return null;
    }

    /** The page's characters as a CharSequence: the base flexmark reads through {@link #getBase()}. */
    private record Chars(char[] text) implements CharSequence {
        @Override
        public int length() {
            return text.length;
        }

        @Override
        public char charAt(int index) {
            return text[index];
        }

        @Override
        public @NotNull CharSequence subSequence(int from, int to) {
            return new String(text, from, to - from);
        }

        @Override
        public @NotNull String toString() {
            return new String(text);
        }
    }
}
