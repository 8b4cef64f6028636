package site.builder.output;

/**
 * UTF-8 bytes of a run of chars, exactly as {@code String.getBytes(UTF_8)} gives them (a lone surrogate becomes
 * '?'), without making the String first: the minifier's result goes straight to bytes, one copy fewer per page.
 */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(char[] chars, int from, int to) {
        byte[] out = new byte[length(chars, from, to)];
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
        return out;
    }

    private static int length(char[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (!Character.isSurrogate(c)) n += 3;
            else if (pairAt(chars, i, to)) { n += 4; i++; }
            else n += 1;
        }
        return n;
    }

    private static boolean pairAt(char[] chars, int i, int to) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < to && Character.isLowSurrogate(chars[i + 1]);
    }
}
