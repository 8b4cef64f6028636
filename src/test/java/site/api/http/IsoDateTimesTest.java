package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoDateTimesTest {
    @Test
    void matchesTheIsoFormatterForEveryFractionShape() {
        int[] nanos = {0, 1, 10, 100_000_000, 120_000_000, 123_456_000, 123_456_789, 999_999_999, 500};
        for (int nano : nanos) {
            LocalDateTime value = LocalDateTime.of(2026, 1, 2, 3, 4, 5, nano);
            assertEquals(
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value), IsoDateTimes.format(value), "nano " + nano);
        }
    }

    @Test
    void matchesTheIsoFormatterOnRandomTimesIncludingYearsOutsideFourDigits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime value = LocalDateTime.of(
                    random.nextInt(-20, 12_000),
                    random.nextInt(1, 13),
                    random.nextInt(1, 29),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value), IsoDateTimes.format(value));
        }
    }
}
