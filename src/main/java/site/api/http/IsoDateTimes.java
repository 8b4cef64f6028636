package site.api.http;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME}'s text (seconds always, the fraction without trailing zeros),
 * written by hand: the formatter prints fractions through BigDecimal, which measured about a tenth of the
 * server's CPU on a page of posts.
 */
final class IsoDateTimes {
    private IsoDateTimes() {}

    static String format(LocalDateTime value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
        char[] out = new char[29];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, value.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, value.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, value.getHour(), 2);
        out[13] = ':';
        digits(out, 14, value.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, value.getSecond(), 2);
        int nano = value.getNano();
        if (nano == 0) return new String(out, 0, 19);
        out[19] = '.';
        digits(out, 20, nano, 9);
        int end = 29;
        while (out[end - 1] == '0') end--;
        return new String(out, 0, end);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
