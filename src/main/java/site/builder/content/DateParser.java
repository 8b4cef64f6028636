package site.builder.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads dates the way Hugo does (spf13/cast's formats): RFC 3339 with or without an offset,
 * a space instead of the T, date only, and the RFC 1123/822 forms. A value without an offset is in
 * the site's time zone.
 */
public final class DateParser {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            iso('T', "XXX"), iso(' ', "XXX"), iso(' ', " XXX"), iso(' ', " xx"), iso('T', "xx"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss z", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd MMM yy HH:mm z", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd MMM yy HH:mm xx", Locale.ROOT));

    private static final List<DateTimeFormatter> LOCAL = List.of(
            iso('T', ""), iso(' ', ""));

    private DateParser() {}

    /** Parses {@code text}; empty when it is not a date Hugo would read. */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String s = text.trim();
        if (s.isEmpty()) return Optional.empty();
        for (DateTimeFormatter f : WITH_OFFSET) {
            TemporalAccessor t = tryParse(s, f);
            if (t != null) return Optional.of(ZonedDateTime.from(t));
        }
        for (DateTimeFormatter f : LOCAL) {
            TemporalAccessor t = tryParse(s, f);
            if (t != null) return Optional.of(LocalDateTime.from(t).atZone(zone));
        }
        TemporalAccessor date = tryParse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        if (date != null) return Optional.of(LocalDate.from(date).atStartOfDay(zone));
        return Optional.empty();
    }

    /** Java time values that YAML/TOML libraries may hand over directly. */
    public static Optional<ZonedDateTime> of(Object value, ZoneId zone) {
        if (value instanceof ZonedDateTime z) return Optional.of(z);
        if (value instanceof OffsetDateTime o) return Optional.of(o.toZonedDateTime());
        if (value instanceof LocalDateTime l) return Optional.of(l.atZone(zone));
        if (value instanceof LocalDate d) return Optional.of(d.atStartOfDay(zone));
        if (value instanceof java.util.Date d) return Optional.of(d.toInstant().atZone(zone));
        // spf13/cast reads an integer as Unix seconds (date: 5 is 1970-01-01T00:00:05Z in Hugo)
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(java.time.Instant.ofEpochSecond(((Number) value).longValue()).atZone(java.time.ZoneOffset.UTC));
        }
        return value == null ? Optional.empty() : parse(String.valueOf(value), zone);
    }

    private static DateTimeFormatter iso(char separator, String offset) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(separator).append(TIME);
        if (!offset.isEmpty()) b.appendPattern(offset);
        return b.toFormatter(Locale.ROOT);
    }

    private static TemporalAccessor tryParse(String s, DateTimeFormatter f) {
        try {
            return f.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
