package site.builder.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Finds shortcode tags in a page body, like Hugo's page lexer: names, quoted/raw/bare params, {@code key=value},
 * self-closing {@code />}}}, and comments (a shortcode wrapped in /&#42; &#42;/) which stand for their literal text.
 */
final class ShortcodeScanner {
    /** A comment's literal replacement text at [start, end). */
    record Literal(int start, int end, String text) {}

    record Scan(List<ShortcodeTag> tags, List<Literal> literals) {}

    private final String body;
    private final Path file;
    private final List<ShortcodeTag> tags = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();
    private int lineAt = 0;
    private int line;

    private ShortcodeScanner(String body, PageContext page) {
        this.body = body;
        this.file = page.file();
        this.line = page.firstLine();
    }

    static Scan scan(String body, PageContext page) {
        ShortcodeScanner s = new ShortcodeScanner(body, page);
        s.run();
        return new Scan(s.tags, s.literals);
    }

    private void run() {
        int i = body.indexOf("{{");
        while (i >= 0) {
            char kind = i + 2 < body.length() ? body.charAt(i + 2) : 0;
            if (kind == '<' || kind == '%') i = tag(i, kind);
            else i += 2;
            i = body.indexOf("{{", i);
        }
    }

    private int lineOf(int offset) {
        for (; lineAt < offset; lineAt++) if (body.charAt(lineAt) == '\n') line++;
        return line;
    }

    private int tag(int start, char kind) {
        int line = lineOf(start);
        String close = (kind == '<' ? ">" : "%") + "}}";
        int p = skipSpace(start + 3);
        if (body.startsWith("/*", p)) return comment(start, kind, p, line);
        boolean closing = p < body.length() && body.charAt(p) == '/';
        if (closing) p = skipSpace(p + 1);
        int nameEnd = p;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) nameEnd++;
        String name = body.substring(p, nameEnd);
        if (name.isEmpty()) throw error(line, "shortcode has no name");
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        p = params(nameEnd, close, positional, named, line);
        boolean selfClosing = body.startsWith("/" + close, p);
        int end = p + (selfClosing ? 1 : 0) + close.length();
        if (!positional.isEmpty() && !named.isEmpty())
            throw error(line, "shortcode \"" + name + "\" mixes named and positional parameters");
        tags.add(new ShortcodeTag(
                name, closing, selfClosing, kind == '%', List.copyOf(positional), named, line, start, end));
        return end;
    }

    /** Reads params up to the closing delimiter; returns its offset. */
    private int params(int p, String close, List<String> positional, Map<String, String> named, int line) {
        while (true) {
            p = skipSpace(p);
            if (p >= body.length()) throw error(line, "unterminated shortcode: missing \"" + close + "\"");
            if (body.startsWith(close, p) || body.startsWith("/" + close, p)) return p;
            String other = close.startsWith(">") ? "%}}" : ">}}";
            if (body.startsWith(other, p))
                throw error(line, "shortcode closes with \"" + other + "\" but does not open with its pair");
            int keyEnd = p;
            while (keyEnd < body.length() && isNameChar(body.charAt(keyEnd))) keyEnd++;
            // As in Hugo, white space may stand on either side of the "=" (a = b).
            int equals = skipSpace(keyEnd);
            if (keyEnd > p && equals < body.length() && body.charAt(equals) == '=') {
                String key = body.substring(p, keyEnd);
                int[] valueEnd = new int[1];
                named.put(key, namedValue(skipSpace(equals + 1), valueEnd, close, line));
                p = valueEnd[0];
            } else {
                int[] valueEnd = new int[1];
                positional.add(value(p, valueEnd, line));
                p = valueEnd[0];
            }
        }
    }

    /**
     * A named value; a bare one runs to the next white space, as in Hugo, whose lexer then finds no closing
     * delimiter in {@code a=b>}}}: an error here, with the fix, rather than a tag that runs on into the text.
     */
    private String namedValue(int p, int[] end, String close, int line) {
        if (p >= body.length() || body.charAt(p) == '"' || body.charAt(p) == '`') return value(p, end, line);
        int e = p;
        while (e < body.length() && !Character.isWhitespace(body.charAt(e))) e++;
        String value = body.substring(p, e);
        if (value.contains(close)) {
            throw error(
                    line,
                    "unclosed shortcode: \"" + value + "\" runs into \"" + close
                            + "\"; put a space before it or quote the value");
        }
        end[0] = e;
        return value;
    }

    private String value(int p, int[] end, int line) {
        if (p >= body.length()) throw error(line, "unterminated shortcode parameter");
        char c = body.charAt(p);
        if (c == '"') return quoted(p, end, line);
        if (c == '`') {
            int close = body.indexOf('`', p + 1);
            if (close < 0) throw error(line, "unterminated raw string in shortcode parameter");
            end[0] = close + 1;
            return body.substring(p + 1, close);
        }
        int e = p;
        while (e < body.length()
                && !Character.isWhitespace(body.charAt(e))
                && !body.startsWith(">}}", e)
                && !body.startsWith("%}}", e)
                && !body.startsWith("/>}}", e)
                && !body.startsWith("/%}}", e)) e++;
        if (e == p) throw error(line, "unexpected character '" + c + "' in shortcode");
        end[0] = e;
        return body.substring(p, e);
    }

    /**
     * A "..." value as Hugo 0.111's lexer reads it: on one line; {@code \"} is a quote inside it, and a value with
     * one loses its other backslashes too ({@code "a\\b \"c\""} is {@code ab "c"}), a value without keeps them;
     * a backslash before a backquote is an error.
     */
    private String quoted(int p, int[] end, int line) {
        StringBuilder v = new StringBuilder();
        boolean escapedQuote = false;
        for (int i = p + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if (c == '\\' && next == '"') {
                v.append("\\\"");
                escapedQuote = true;
                i++;
            } else if (c == '\\' && next == '`') {
                throw error(line, "unrecognized escape character \\` in a quoted shortcode parameter");
            } else if (c == '"') {
                end[0] = i + 1;
                return escapedQuote ? v.toString().replace("\\", "") : v.toString();
            } else if (c == '\n') {
                break;
            } else {
                v.append(c);
            }
        }
        throw error(
                line,
                "unterminated quoted string in shortcode parameter (a \"...\" value ends on its line;"
                        + " `...` can span lines)");
    }

    /** A commented shortcode is written out as the plain shortcode text, without the comment markers. */
    private int comment(int start, char kind, int p, int line) {
        String delim = kind == '<' ? ">}}" : "%}}";
        String close = "*/" + delim;
        int end = body.indexOf(close, p);
        if (end < 0) throw error(line, "unterminated shortcode comment");
        literals.add(new Literal(start, end + close.length(), "{{" + kind + body.substring(p + 2, end) + delim));
        return end + close.length();
    }

    private int skipSpace(int p) {
        while (p < body.length() && Character.isWhitespace(body.charAt(p))) p++;
        return p;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private LocatedException error(int line, String message) {
        return new LocatedException(new LocatedError(file, line, message));
    }
}
