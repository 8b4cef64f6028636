package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bytes as Go's range over a string decodes them (Go's unicode/utf8: each byte that starts no valid sequence is
 * one U+FFFD: overlong forms, surrogates, code points above U+10FFFF and cut sequences), plus NUL as U+FFFD.
 * Cases are hex bytes; the expected text uses '?' for U+FFFD.
 */
class GoUtf8Test {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "61 62, ab, -1",
        "ED 95 9C EA B8 80, 한글, -1",
        "61 FF 62, a?b, 1",
        "61 00 62, a?b, 1",
        "E2 82 41, ??A, 0",
        "61 E2 82, a??, 1",
        "C0 80, ??, 0",
        "C1 BF, ??, 0",
        "C2 80, \u0080, -1",
        "DF BF, \u07FF, -1",
        "E0 80 80, ???, 0",
        "E0 9F BF, ???, 0",
        "E0 A0 80, \u0800, -1",
        "ED 9F BF, \uD7FF, -1",
        "ED A0 80, ???, 0",
        "EF BF BF, \uFFFF, -1",
        "F0 8F BF BF, ????, 0",
        "F0 90 80 80, \uD800\uDC00, -1",
        "F4 8F BF BF, \uDBFF\uDFFF, -1",
        "F4 90 80 80, ????, 0",
        "F5 80 80 80, ????, 0",
        "F0 9F 98, ???, 0",
        "F0 9F 98 41, ???A, 0",
        "E0 A0 C0, ???, 0",
        "80, ?, 0",
        "EF BF BD FF, ??, 1",
        "EF BF BD, ?, -1",
    })
    void decodesLikeGo(String hex, String expected, int firstBadOffset) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        GoUtf8 decoded = GoUtf8.decode(bytes);
        assertEquals(expected, decoded.text().replace('\uFFFD', '?'));
        assertEquals(firstBadOffset, decoded.firstBadOffset());
        // valid text takes the JDK's decoder; a bad byte after it makes the same bytes go through Go's rules
        GoUtf8 withBadByte = GoUtf8.decode(Arrays.copyOf(bytes, bytes.length + 1));
        assertEquals(expected + "?", withBadByte.text().replace('\uFFFD', '?'));
        assertEquals(firstBadOffset < 0 ? expected.length() : firstBadOffset, withBadByte.firstBadOffset());
    }
}
