package site.builder.output;

/**
 * A conservative CSS minifier for `--minify`: drops comments (but {@code /*! ... *}{@code /} licence comments),
 * collapses white space to one space and removes it where CSS never needs it (around braces, semicolons,
 * commas and {@code >}, after colons), and the semicolon before a closing brace. Strings and {@code url(...)}
 * stay byte for byte; spaces next to {@code +}, {@code -}, parentheses and before colons stay, since
 * {@code calc(1px + 2px)}, {@code and (max-width: 9px)} and {@code a :hover} need them.
 */
public final class CssMinifier {
    private static final String NO_SPACE_AROUND = "{};,>";

    private CssMinifier() {}

    public static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        boolean pendingSpace = false;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                if (css.startsWith("/*!", i)) {
                    flushSpace(out, pendingSpace, '/');
                    out.append(css, i, end);
                    pendingSpace = false;
                } else {
                    pendingSpace = true; // a comment separates what it stood between, like a space
                }
                i = end;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else if (c == '"' || c == '\'') {
                int end = QuotedString.end(css, i);
                flushSpace(out, pendingSpace, c);
                out.append(css, i, end);
                pendingSpace = false;
                i = end;
            } else if (startsUrl(css, i)) {
                int end = urlEnd(css, i);
                flushSpace(out, pendingSpace, c);
                out.append(css, i, end);
                pendingSpace = false;
                i = end;
            } else {
                if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';')
                    out.setLength(out.length() - 1);
                flushSpace(out, pendingSpace, c);
                out.append(c);
                pendingSpace = false;
                i++;
            }
        }
        return out.toString();
    }

    /** Writes the pending space unless it is at the start or next to a character that never needs one. */
    private static void flushSpace(StringBuilder out, boolean pending, char next) {
        if (!pending || out.length() == 0) return;
        char prev = out.charAt(out.length() - 1);
        boolean afterComment = prev == '/' && out.length() >= 2 && out.charAt(out.length() - 2) == '*';
        if (NO_SPACE_AROUND.indexOf(prev) >= 0 || prev == ':' || afterComment || NO_SPACE_AROUND.indexOf(next) >= 0)
            return;
        out.append(' ');
    }

    private static boolean startsUrl(String css, int i) {
        return css.regionMatches(true, i, "url(", 0, 4) && (i == 0 || !isNameChar(css.charAt(i - 1)));
    }

    /** The end of url(...), quoted or not: everything up to the closing parenthesis is kept. */
    private static int urlEnd(String css, int start) {
        int i = start + 4;
        while (i < css.length() && css.charAt(i) != ')') {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') i = QuotedString.end(css, i);
            else i += c == '\\' ? 2 : 1;
        }
        return Math.min(css.length(), i + 1);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
