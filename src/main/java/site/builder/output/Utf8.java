package site.builder.output;

import java.util.Arrays;

/**
 * UTF-8 bytes of a run of chars, exactly as {@code String.getBytes(UTF_8)} gives them (a lone surrogate becomes
 * '?'), without making the String first: a page's chars (minified or not) go straight to bytes.
 */
final class Utf8 {
    private Utf8() {}

    /** Encoded into a scratch array of this thread sized for the worst case, then copied out at its length. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1 << 16]);
    /** Scratch arrays above this size (the worst case of a very long page) are not kept. */
    private static final int SCRATCH_MAX = 1 << 22;

    static byte[] encode(char[] chars, int from, int to) {
        long worst = 3L * (to - from); // a surrogate pair: 4 bytes for 2 chars
        byte[] out = SCRATCH.get();
        if (out.length < worst) {
            if (worst > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("text too long to encode: " + (to - from));
            out = new byte[(int) worst];
            if (worst <= SCRATCH_MAX) SCRATCH.set(out);
        }
        int o = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (pairAt(chars, i, to)) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[o++] = '?';
            }
        }
        return Arrays.copyOf(out, o);
    }

    private static boolean pairAt(char[] chars, int i, int to) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < to && Character.isLowSurrogate(chars[i + 1]);
    }
}
