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
}
