package site.common;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates printed with the Go layouts Hugo's templates use. */
public final class GoDates {
    /** Go's zero time.Time, which Hugo uses for "no date". */
    public static final String ZERO_RFC3339 = "0001-01-01T00:00:00Z";

    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter NUMERIC_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ROOT);

    private GoDates() {}

    /** Layout 2006-01-02T15:04:05Z07:00: a zero offset prints as Z. */
    public static String rfc3339(ZonedDateTime t) {
        return t == null ? ZERO_RFC3339 : RFC3339.format(t);
    }

    /** Layout 2006-01-02T15:04:05-07:00 (the sitemap's): a zero offset prints as +00:00. */
    public static String numericOffset(ZonedDateTime t) {
        return t == null ? "0001-01-01T00:00:00+00:00" : NUMERIC_OFFSET.format(t);
    }

    /** Layout "Mon, 02 Jan 2006 15:04:05 -0700" (RSS). */
    public static String rfc1123z(ZonedDateTime t) {
        return t == null ? "Mon, 01 Jan 0001 00:00:00 +0000" : RFC1123Z.format(t);
    }
}
