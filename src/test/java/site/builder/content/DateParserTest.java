package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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

    @Test
    void timeValuesFromTheYamlAndTomlReadersAreTakenAsTheyAreAndIntegersAreUnixSeconds() {
        ZonedDateTime noon = ZonedDateTime.of(2024, 3, 4, 12, 0, 0, 0, SEOUL);
        assertEquals(Optional.of(noon), DateParser.of(noon, SEOUL));
        assertEquals(
                Optional.of(noon),
                DateParser.of(noon.toOffsetDateTime(), SEOUL).map(z -> z.withZoneSameInstant(SEOUL)));
        assertEquals(Optional.of(noon), DateParser.of(noon.toLocalDateTime(), SEOUL));
        assertEquals(
                Optional.of(noon.withHour(0)), DateParser.of(noon.toLocalDate(), SEOUL), "midnight where the site is");
        assertEquals(
                Optional.of(noon.toInstant()),
                DateParser.of(Date.from(noon.toInstant()), SEOUL).map(ZonedDateTime::toInstant));
        assertEquals(
                "1970-01-01T00:00:05Z", DateParser.of(5, SEOUL).orElseThrow().toString());
        assertEquals(
                "1970-01-01T00:00:05Z", DateParser.of(5L, SEOUL).orElseThrow().toString());
        assertEquals(DateParser.parse("2024-03-04", SEOUL), DateParser.of("2024-03-04", SEOUL));
        assertEquals(Optional.empty(), DateParser.of(null, SEOUL));
    }
}
