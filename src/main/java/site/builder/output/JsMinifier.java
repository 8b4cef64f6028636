package site.builder.output;

/**
 * A conservative JavaScript minifier for `--minify`: drops comments and white space, keeping one line break
 * wherever a line break could end a statement (automatic semicolon insertion) and one space between two words
 * or between {@code + +} and {@code - -}. Strings, template literals and regular expression literals stay byte
 * for byte. It renames nothing and never reorders: what it removes is what the language ignores.
 */
public final class JsMinifier {
    /** After these a line break never ends a statement: the expression must go on. */
    private static final String CONTINUES = "{([,;:=!&|?<>*%^~";
    /** Before these a line break never ends a statement. */
    private static final String CLOSES = "})],;:=.?&|*%<>^";
    /** After these a slash starts a regular expression, not a division. */
    private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

    private static final java.util.Set<String> REGEX_KEYWORDS = java.util.Set.of(
            "return",
            "typeof",
            "case",
            "do",
            "else",
            "in",
            "of",
            "new",
            "delete",
            "void",
            "throw",
            "instanceof",
            "yield",
            "await");

    private JsMinifier() {}

    public static String minify(String js) {
        StringBuilder out = new StringBuilder(js.length());
        int i = 0;
        int space = 0; // 0 none, 1 space, 2 line break, pending before the next token
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                space = 2;
                i++;
            } else if (Character.isWhitespace(c)) {
                space = Math.max(space, 1);
                i++;
            } else if (c == '/' && js.startsWith("//", i)) {
                int end = js.indexOf('\n', i);
                i = end < 0 ? js.length() : end;
            } else if (c == '/' && js.startsWith("/*", i)) {
                int end = js.indexOf("*/", i + 2);
                end = end < 0 ? js.length() : end + 2;
                space = Math.max(space, js.substring(i, end).indexOf('\n') >= 0 ? 2 : 1);
                i = end;
            } else {
                int end = c == '"' || c == '\''
                        ? QuotedString.end(js, i)
                        : c == '`' ? templateEnd(js, i) : c == '/' && regexAllowed(out) ? regexEnd(js, i) : i + 1;
                separate(out, space, c);
                out.append(js, i, end);
                space = 0;
                i = end;
            }
        }
        return out.toString();
    }

    /** Writes the white space that stood before {@code next}, if the code could need it. */
    private static void separate(StringBuilder out, int space, char next) {
        if (space == 0 || out.length() == 0) return;
        char prev = out.charAt(out.length() - 1);
        boolean incrementBefore = out.length() >= 2 && (endsWith(out, "++") || endsWith(out, "--"));
        if (space == 2 && (incrementBefore || (CONTINUES.indexOf(prev) < 0 && CLOSES.indexOf(next) < 0))) {
            out.append('\n');
        } else if (isWord(prev) && (isWord(next) || next == '.' && Character.isDigit(prev))
                || prev == next && (prev == '+' || prev == '-' || prev == '/')) {
            out.append(' ');
        }
    }

    private static boolean endsWith(StringBuilder out, String s) {
        return out.length() >= s.length()
                && out.substring(out.length() - s.length()).equals(s);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\\' || c > 127;
    }

    /** Whether a slash here starts a regular expression: after an operator, an opening bracket or a keyword. */
    private static boolean regexAllowed(StringBuilder out) {
        if (out.length() == 0) return true;
        char prev = out.charAt(out.length() - 1);
        if (BEFORE_REGEX.indexOf(prev) >= 0) return true;
        if (!isWord(prev)) return false;
        int start = out.length();
        while (start > 0 && isWord(out.charAt(start - 1))) start--;
        return REGEX_KEYWORDS.contains(out.substring(start));
    }

    /** The end of a template literal, past any ${...} with its own strings and nested templates. */
    private static int templateEnd(String js, int start) {
        int i = start + 1;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                return i + 1;
            } else if (c == '$' && js.startsWith("${", i)) {
                i = substitutionEnd(js, i + 2);
            } else {
                i++;
            }
        }
        return js.length();
    }

    private static int substitutionEnd(String js, int i) {
        int depth = 1;
        while (i < js.length() && depth > 0) {
            char c = js.charAt(i);
            if (c == '"' || c == '\'') i = QuotedString.end(js, i);
            else if (c == '`') i = templateEnd(js, i);
            else {
                if (c == '{') depth++;
                else if (c == '}') depth--;
                i++;
            }
        }
        return i;
    }

    /** The end of a regular expression literal with its flags; a slash inside [...] does not end it. */
    private static int regexEnd(String js, int start) {
        int i = start + 1;
        boolean inClass = false;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\n') return i;
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) {
                i++;
                while (i < js.length() && isWord(js.charAt(i))) i++;
                return i;
            }
            i++;
        }
        return js.length();
    }
}
