package site.builder.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way Hugo does (spf13/cast's formats): RFC 3339 with or without an offset,
 * a space instead of the T, date only, and the RFC 1123/822 forms. A value without an offset is in
 * the site's time zone.
 */
public final class DateParser {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm[:ss]")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            iso('T', "XXX"),
            iso(' ', "XXX"),
            iso(' ', " XXX"),
            iso(' ', " xx"),
            iso('T', "xx"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss z", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd MMM yy HH:mm z", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd MMM yy HH:mm xx", Locale.ROOT));

    private static final List<DateTimeFormatter> LOCAL = List.of(iso('T', ""), iso(' ', ""));

    /** The forms nearly every front matter date takes: 2024-03-10, with a time, with Z or an offset. */
    private static final Pattern COMMON = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?)?");

    private DateParser() {}

    /** Parses {@code text}; empty when it is not a date Hugo would read. */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String s = text.trim();
        if (s.isEmpty()) return Optional.empty();
        ZonedDateTime common = common(s, zone);
        return common != null ? Optional.of(common) : viaFormatters(s, zone);
    }

    /** Every form Hugo reads, by trying each formatter in turn. */
    static Optional<ZonedDateTime> viaFormatters(String s, ZoneId zone) {
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

    /**
     * The common forms read directly: trying each formatter in turn costs an exception per miss, and a site reads
     * four dates a page. Null when {@code s} is not one of them or is out of range (the formatters then decide).
     */
    private static ZonedDateTime common(String s, ZoneId zone) {
        Matcher m = COMMON.matcher(s);
        if (!m.matches()) return null;
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) return date.atStartOfDay(zone);
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalDateTime time = date.atTime(
                    number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6), Integer.parseInt(fraction));
            String offset = m.group(8);
            return offset == null ? time.atZone(zone) : time.atZone(ZoneOffset.of(offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
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
            return Optional.of(java.time.Instant.ofEpochSecond(((Number) value).longValue())
                    .atZone(java.time.ZoneOffset.UTC));
        }
        return value == null ? Optional.empty() : parse(String.valueOf(value), zone);
    }

    private static DateTimeFormatter iso(char separator, String offset) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral(separator)
                .append(TIME);
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
