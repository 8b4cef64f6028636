package site.builder.content;

import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that may not be valid UTF-8 the way Go ranges over a string, which is what Hugo shows: each byte
 * that starts no valid sequence becomes one U+FFFD, and a NUL becomes U+FFFD too (CommonMark's rule, which
 * goldmark applies). A legacy file (EUC-KR, Latin-1) thus builds as Hugo builds it, with a warning.
 *
 * @param text the decoded text
 * @param firstBadOffset the char offset in {@code text} of the first replacement made, or -1 when none was
 */
record GoUtf8(String text, int firstBadOffset) {

    static GoUtf8 decode(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8); // the JDK's decoder; exact when nothing is replaced
        if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\0') < 0) return new GoUtf8(fast, -1);
        StringBuilder out = new StringBuilder(bytes.length);
        int firstBad = -1;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0 || bytes[i] == 0) {
                if (firstBad < 0) firstBad = out.length();
                out.append('\uFFFD');
                i += length == 0 ? 1 : length;
            } else {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            }
        }
        return new GoUtf8(out.toString(), firstBad);
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0 when none starts there. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x80) return 1;
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) return 0;
        int second = b[i + 1] & 0xff;
        int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) return 0;
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return 0;
        }
        return n;
    }
}
