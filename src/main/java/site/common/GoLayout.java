package site.common;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Formats a date with a Go reference-time layout ("2006-01-02", "January 2, 2006"), the form Hugo sites write
 * their date formats in (PaperMod's {@code params.DateFormat}). Month and day names are English, as Go's;
 * Hugo's {@code time.Format} names full months and weekdays in the site's language ({@link #format(ZonedDateTime,
 * String, Locale)}), abbreviations stay English.
 */
public final class GoLayout {
    /** Longest tokens first, so "January" wins over "Jan" and "2006" over "2". */
    private static final List<String> TOKENS = List.of(
            "January", "Monday", "-07:00", "-0700", "2006", "Jan", "Mon", "MST", "01", "02", "_2", "03", "04", "05",
            "06", "15", "PM", "pm", "1", "2", "3", "4", "5");

    private GoLayout() {}

    public static String format(ZonedDateTime t, String layout) {
        return format(t, layout, Locale.ENGLISH);
    }

    /** As Hugo 0.111's time.Format: "January" and "Monday" in {@code names}' language ("3월", "화요일"). */
    public static String format(ZonedDateTime t, String layout, Locale names) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String token = tokenAt(layout, i);
            if (token == null) {
                out.append(layout.charAt(i++));
            } else {
                out.append(value(t, token, names));
                i += token.length();
            }
        }
        return out.toString();
    }

    private static String tokenAt(String layout, int i) {
        for (String token : TOKENS) if (layout.startsWith(token, i)) return token;
        return null;
    }

    private static String value(ZonedDateTime t, String token, Locale names) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return switch (token) {
            case "January" -> t.getMonth().getDisplayName(TextStyle.FULL, names);
            case "Jan" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "Monday" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, names);
            case "Mon" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "2006" -> String.valueOf(t.getYear());
            case "06" -> two(t.getYear() % 100);
            case "01" -> two(t.getMonthValue());
            case "1" -> String.valueOf(t.getMonthValue());
            case "02" -> two(t.getDayOfMonth());
            case "_2" -> (t.getDayOfMonth() < 10 ? " " : "") + t.getDayOfMonth();
            case "2" -> String.valueOf(t.getDayOfMonth());
            case "15" -> two(t.getHour());
            case "03" -> two(hour12);
            case "3" -> String.valueOf(hour12);
            case "04" -> two(t.getMinute());
            case "4" -> String.valueOf(t.getMinute());
            case "05" -> two(t.getSecond());
            case "5" -> String.valueOf(t.getSecond());
            case "PM" -> t.getHour() < 12 ? "AM" : "PM";
            case "pm" -> t.getHour() < 12 ? "am" : "pm";
            case "-0700" -> offset(t, "");
            case "-07:00" -> offset(t, ":");
            default -> t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH); // MST
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String offset(ZonedDateTime t, String separator) {
        int seconds = t.getOffset().getTotalSeconds();
        int abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + two(abs / 3600) + separator + two(abs / 60 % 60);
    }
}
