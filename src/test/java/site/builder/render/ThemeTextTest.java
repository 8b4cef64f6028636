package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTextTest {
    @Test
    void choosesKoreanForKoreanLanguageCodesAndEnglishOtherwise() {
        assertEquals("3분", ThemeText.forLanguage("ko-kr", Map.of()).get("read_time", 3));
        assertEquals("3 min", ThemeText.forLanguage("de", Map.of()).get("read_time", 3));
        assertEquals("목차", ThemeText.forLanguage("ko", Map.of()).get("toc"));
    }

    @Test
    void theSitesOwnTextsWinAndGetTheCount() {
        ThemeText text = ThemeText.forLanguage(
                "en", Map.of("read_time", "{{ .Count }} minutes", "toc", "Contents", "words", "{{.}} words in all"));
        assertEquals("4 minutes", text.get("read_time", 4));
        assertEquals("120 words in all", text.get("words", 120));
        assertEquals("Contents", text.get("toc"));
        assertEquals("Prev", text.get("prev_page"));
    }

    @Test
    void anUnknownKeyPrintsAsItself() {
        assertEquals("no_such_key", ThemeText.forLanguage("en", Map.of()).get("no_such_key"));
    }
}
