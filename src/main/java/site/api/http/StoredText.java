package site.api.http;

import java.util.List;

/**
 * What every text the API stores must be, whatever its field: characters XML 1.0 can carry (the comment feed is
 * XML, and one bad character there breaks it for every reader), no unpaired surrogates (MariaDB would store them
 * as '?'), and a length in UTF-16 units. H2 counts VARCHAR lengths in UTF-16 units and MariaDB's utf8mb4 in code
 * points, which are never more, so a value that fits by this count fits both databases; it is also how the
 * Spring WAS's {@code @Size} counted.
 */
public final class StoredText {
    private StoredText() {}

    /** Adds an error for {@code field} when {@code value} (null passes) is too long or has a character XML cannot carry. */
    public static void check(String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null) return;
        int bad = firstIllegal(value);
        if (bad >= 0) {
            errors.add(new FieldError(
                    field,
                    "must not contain " + describe(value, bad)
                            + " (control characters, U+FFFE, U+FFFF and unpaired surrogates are not text)"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(
                    field,
                    "must be at most " + maxLength + " characters (UTF-16 units: "
                            + "a character outside the Basic Multilingual Plane, such as most emoji, counts as 2)"));
        }
    }

    /** The index of the first character XML 1.0 cannot carry, or -1. */
    public static int firstIllegal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (!isXmlChar(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code value} with every character XML cannot carry replaced by U+FFFD, for text stored before these rules. */
    public static String xmlSafe(String value) {
        if (firstIllegal(value) < 0) return value;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(isXmlChar(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production for one UTF-16 unit; surrogates are legal only in pairs, checked by the caller. */
    private static boolean isXmlChar(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static String describe(String value, int index) {
        return String.format("U+%04X at position %d", (int) value.charAt(index), index);
    }
}
