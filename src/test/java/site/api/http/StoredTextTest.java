package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void findsTheFirstCharacterXmlCannotCarry() {
        assertEquals(-1, StoredText.firstIllegal("tab\tnewline\n\r 한국어 😀 \uE000 \uFFFD"));
        assertEquals(1, StoredText.firstIllegal("a\u0000"));
        assertEquals(0, StoredText.firstIllegal("\uFFFE"));
        assertEquals(1, StoredText.firstIllegal("a\uD83D"), "a high surrogate at the end");
        assertEquals(0, StoredText.firstIllegal("\uDE00\uD83D"), "a reversed pair");
    }

    @Test
    void lengthCountsUtf16Units() {
        List<FieldError> errors = new ArrayList<>();
        StoredText.check("title", "😀".repeat(2), 4, errors);
        assertEquals(List.of(), errors);
        StoredText.check("title", "😀".repeat(3), 5, errors);
        assertEquals("title", errors.get(0).field());
    }

    @Test
    void xmlSafeReplacesOnlyWhatXmlCannotCarry() {
        assertEquals("a\uFFFDb😀\uFFFD", StoredText.xmlSafe("a\u001Bb😀\uD800"));
    }
}
