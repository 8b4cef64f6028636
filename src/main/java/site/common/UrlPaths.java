package site.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Hugo's rules for turning names into URL paths: which characters survive, where hyphens go, how
 * Unicode is percent-encoded. Kept in one place so page paths, term paths and urlize agree.
 */
public final class UrlPaths {
    private UrlPaths() {}

    /** Hugo's MakePath: keeps letters, digits, marks and {@code ./\_#+~-@} (and valid %XX); runs of spaces become one hyphen. */
    public static String makePath(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        boolean prependHyphen = false;
        boolean wasHyphen = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (allowed(cps, i)) {
                wasHyphen = c == '-';
                if (prependHyphen) {
                    if (!wasHyphen) out.append('-');
                    prependHyphen = false;
                }
                out.appendCodePoint(c);
            } else if (out.length() > 0 && !wasHyphen && Character.isWhitespace(c)) {
                prependHyphen = true;
            }
        }
        return out.toString();
    }

    /** MakePath, lower-cased (Hugo's default, without disablePathToLower). */
    public static String makePathSanitized(String s) {
        return makePath(s).toLowerCase(Locale.ROOT);
    }

    /** Hugo's urlize: sanitized, lower-cased and percent-encoded. */
    public static String urlize(String s) {
        return escapePath(makePathSanitized(s));
    }

    /**
     * Percent-encodes a path the way Go's url.URL.String does: unreserved characters and
     * {@code $&+,/:;=@} stay, existing %XX escapes stay, everything else is UTF-8 encoded.
     */
    public static String escapePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%');
            } else if (keepsInPath(b)) {
                out.append((char) b);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
            }
        }
        return out.toString();
    }

    private static boolean allowed(int[] cps, int i) {
        int c = cps[i];
        if (".\\/_#+~-@".indexOf(c) >= 0) return true;
        if (Character.isLetter(c) || Character.isDigit(c) || isMark(c)) return true;
        return c == '%' && i + 2 < cps.length && isHex(cps[i + 1]) && isHex(cps[i + 2]);
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK
                || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean keepsInPath(int b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || "-_.~$&+,/:;=@".indexOf(b) >= 0;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
