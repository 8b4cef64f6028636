package site.api.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GramsTest {
    @Test
    void textGramsArePairsPlusTheLastCharacter() {
        assertEquals(Set.of("ab", "bc", "c"), Grams.of("ABC"));
    }

    @Test
    void emojiAndKoreanAreWholeCharacters() {
        assertEquals(Set.of("서울", "울"), Grams.of("서울"));
        assertEquals(Set.of("a😀", "😀"), Grams.of("a😀"));
    }

    @Test
    void spacesAreVisibleSoPadSpaceCollationsKeepKeysApart() {
        Set<String> grams = Grams.of("d d");
        assertTrue(grams.contains("d\u2423"));
        assertEquals(Set.of("d\u2423", "\u2423d", "d"), grams);
    }

    @Test
    void everyKeywordPairIsInAnyTextContainingIt() {
        String text = "Spring Boot 마이그레이션 🎉 done";
        for (String keyword : new String[] {"ing bo", "이그", "🎉 d", "DONE"}) {
            assertTrue(Grams.of(text).containsAll(Grams.pairs(keyword)), keyword);
        }
        assertEquals(Set.of(), Grams.pairs("x"));
    }

    @Test
    void candidatesUseTheFirstAndLastPairsOnly() {
        assertEquals(java.util.List.of("un", "ow"), Grams.ends("Undertow"));
        assertEquals(java.util.List.of("서울"), Grams.ends("서울"));
        assertEquals(java.util.List.of(), Grams.ends("x"));
    }
}
