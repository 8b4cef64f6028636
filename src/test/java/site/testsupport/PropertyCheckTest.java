package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

    @Test
    void theFirstFailureNamesThePropertyTheTryTheSeedAndTheInput() {
        List<Long> seen = new ArrayList<>();
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> PropertyCheck.forAll("below three", 200, Gen.longs(0, 9), n -> {
                    seen.add(n);
                    if (n >= 3) throw new AssertionError("too big: " + n);
                }));
        long baseSeed = "below three".hashCode();
        long trySeed = trySeed(baseSeed, seen.size());
        assertEquals(
                "property 'below three' failed at try " + seen.size() + " of 200 (rerun with -Dsite.properties.seed="
                        + baseSeed + "; this try's seed " + trySeed + ")\n  input: " + seen.get(seen.size() - 1)
                        + "\n  error: too big: " + seen.get(seen.size() - 1),
                error.getMessage());
        assertEquals(
                seen.get(seen.size() - 1),
                Gen.longs(0, 9).next(new Random(trySeed)),
                "the try's seed reproduces the input");
    }

    @Test
    void theSameSeedTriesTheSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        PropertyCheck.forAll("same", 20, Gen.anyChars(10), first::add);
        PropertyCheck.forAll("same", 20, Gen.anyChars(10), second::add);
        assertEquals(first, second);
        assertEquals(20, first.size());
    }

    @Test
    void inputsAreShownAsPrintableAsciiAndShortened() {
        assertEquals("a\\u0000\\ud800\\u00e9", PropertyCheck.shown("a\u0000\uD800é"));
        assertEquals("x".repeat(600) + "... (601 chars)", PropertyCheck.shown("x".repeat(601)));
    }

    @Test
    void stringsTakeTheirCodePointsFromTheAlphabetWithinTheLengths() {
        Random random = new Random(1);
        Gen<String> strings = Gen.strings("ab😀", 2, 4);
        for (int i = 0; i < 200; i++) {
            String s = strings.next(random);
            long points = s.codePoints().count();
            assertTrue(points >= 2 && points <= 4, s);
            assertEquals(
                    0,
                    s.codePoints()
                            .filter(c -> c != 'a' && c != 'b' && c != 0x1F600)
                            .count(),
                    s);
        }
    }

    @Test
    void frequencyPicksInProportionToTheWeights() {
        Random random = new Random(7);
        Gen<String> picks = Gen.frequency(Gen.weighted(3, Gen.constant("a")), Gen.weighted(1, Gen.constant("b")));
        int a = 0;
        for (int i = 0; i < 4000; i++) if (picks.next(random).equals("a")) a++;
        assertEquals(3000, a, 100);
    }

    private static long trySeed(long baseSeed, int attempt) {
        Random seeds = new Random(baseSeed);
        long seed = 0;
        for (int i = 0; i < attempt; i++) seed = seeds.nextLong();
        return seed;
    }
}
