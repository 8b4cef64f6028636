package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The direct reading of the common date forms gives what the formatters give, including for dates that are not. */
class DateParserTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void theCommonFormsReadAsTheFormattersReadThem() {
        List<String> dates = List.of(
                "2024-03-10",
                "2024-03-10T09:00:00+09:00",
                "2024-03-10T09:00:00Z",
                "2024-03-10T09:00:00-05:30",
                "2024-03-10 09:00:00+09:00",
                "2024-03-10T09:00",
                "2024-03-10 23:59:59",
                "2024-03-10T09:00:00.5Z",
                "2024-03-10T09:00:00.123456789+01:00",
                "2024-12-31T00:00:00",
                "0001-01-01",
                "2024-02-29",
                "2024-03-10T09:00:00-00:00");
        for (String d : dates) {
            assertEquals(DateParser.viaFormatters(d, SEOUL), DateParser.parse(d, SEOUL), d);
            assertEquals(true, DateParser.parse(d, SEOUL).isPresent(), d);
        }
    }

    @Test
    void outOfRangeAndOtherFormsAreLeftToTheFormatters() {
        List<String> dates = List.of(
                "2024-02-30",
                "2023-02-29",
                "2024-13-45",
                "2024-03-10T24:00:00Z",
                "2024-03-10T09:60:00Z",
                "2024-03-10t09:00:00z",
                "2024-03-10T09:00:00+0900",
                "2024-3-10",
                "yesterday",
                "Sun, 10 Mar 2024 09:00:00 +0900",
                "2024-03-10T09:00:00 +09:00");
        for (String d : dates) {
            assertEquals(DateParser.viaFormatters(d, SEOUL), DateParser.parse(d, SEOUL), d);
        }
        assertEquals(true, DateParser.parse("2024-03-10t09:00:00z", SEOUL).isPresent(), "lower case, as Hugo");
        assertEquals(false, DateParser.parse("2024-02-30", SEOUL).isPresent());
    }
}
