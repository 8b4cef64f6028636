package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import site.testsupport.Gen;
import site.testsupport.PropertyCheck;

class Utf8Test {
    @Test
    void encodesAnyCharsAsStringGetBytesDoes() {
        PropertyCheck.forAll("utf8 = getBytes", 3000, Gen.anyChars(40), s -> {
            char[] padded = ("<" + s + ">").toCharArray();
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(padded, 1, padded.length - 1), s);
        });
    }

    @Test
    void encodesTextsLongerThanTheScratchArrayAndAfterThem() {
        String big = "한\uD83D\uDE00a\u07FF".repeat(30_000);
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), Utf8.encode(big.toCharArray(), 0, big.length()));
        String small = "é한";
        assertArrayEquals(small.getBytes(StandardCharsets.UTF_8), Utf8.encode(small.toCharArray(), 0, 2));
    }
}
