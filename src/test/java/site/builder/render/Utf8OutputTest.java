package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import site.testsupport.Gen;
import site.testsupport.PropertyCheck;

class Utf8OutputTest {
    @Test
    void encodesTheWholeTextAsStringGetBytesDoesWhereverTheWritesSplitIt() {
        Gen<List<String>> pieces = Gen.oneOf(
                        Gen.anyChars(12), Gen.strings("a한\uD83D\uDE00\uD83D\uDE00\uDE00\uD83D", 0, 6))
                .list(8);
        PropertyCheck.forAll("utf-8 output = getBytes", 2000, pieces, parts -> {
            Utf8Output out = new Utf8Output();
            for (String part : parts) {
                if (part.length() > 2) out.writeContent("<" + part + ">", 1, part.length() + 1);
                else out.writeContent(part);
            }
            byte[] expected = String.join("", parts).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, out.toByteArray(), String.join("|", parts));
        });
    }

    @Test
    void joinsAPairOfSurrogatesWrittenApart() {
        Utf8Output out = new Utf8Output();
        out.writeContent("\uD83D");
        out.writeContent("\uDE00");
        assertArrayEquals("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
