package site.builder.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line of every key in a TOML document, keyed as {@link KeyLines} keys them. Jackson's TOML parser keeps no
 * token locations, so this reads the lines: {@code [table]} and {@code [[array]]} headers and {@code key = value}
 * lines (dotted and quoted keys too), skipping multi-line strings and arrays; keys inside inline tables are not
 * recorded (a message about one points at the line of its table). Read after the document parsed.
 */
final class TomlKeyLines {
    private final Path file;
    private final int firstLine;
    private final Map<String, KeyOrigin> out = new LinkedHashMap<>();
    private final Map<String, Integer> arrayCounts = new HashMap<>();
    private final java.util.Set<String> assigned = new java.util.HashSet<>();
    private int repeatedLine;
    private String table = "";
    private String tableWritten = "";

    private TomlKeyLines(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    static Map<String, KeyOrigin> of(String text, Path file, int firstLine) {
        TomlKeyLines lines = new TomlKeyLines(file, firstLine);
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) i = lines.line(all, i);
        return lines.out;
    }

    /**
     * The 1-based line of the first {@code key = value} that sets a key already set in its table, or 0. Jackson
     * reports a duplicate key after the value (on the next line, or the last line of a multi-line array).
     */
    static int repeatedKeyLine(String text) {
        TomlKeyLines lines = new TomlKeyLines(null, 1);
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length && lines.repeatedLine == 0; i++) i = lines.line(all, i);
        return lines.repeatedLine;
    }

    /** Reads line {@code i}; returns the index of the last line it took (a multi-line value spans several). */
    private int line(String[] all, int i) {
        String s = all[i].strip();
        if (s.isEmpty() || s.startsWith("#")) return i;
        if (s.startsWith("[[")) {
            header(keys(s.substring(2, s.indexOf("]]", 2))), i, true);
            return i;
        }
        if (s.startsWith("[")) {
            header(keys(s.substring(1, s.indexOf(']', 1))), i, false);
            return i;
        }
        int eq = equalsSign(s);
        if (eq < 0) return i;
        List<String> key = keys(s.substring(0, eq));
        String path = table;
        String written = tableWritten;
        for (String part : key) {
            path = KeyLines.join(path, part.toLowerCase(Locale.ROOT));
            written = KeyLines.join(written, part);
            out.putIfAbsent(path, origin(i, written));
        }
        out.put(path, origin(i, written));
        if (!assigned.add(path) && repeatedLine == 0) repeatedLine = firstLine + i;
        return endOfValue(all, i, s.substring(eq + 1).strip());
    }

    private void header(List<String> key, int i, boolean arrayItem) {
        String path = "";
        String written = "";
        for (int k = 0; k < key.size(); k++) {
            path = KeyLines.join(path, key.get(k).toLowerCase(Locale.ROOT));
            written = KeyLines.join(written, key.get(k));
            Integer count = arrayCounts.get(path);
            if (count != null && k < key.size() - 1) {
                // [[menu.main]] then [menu.main.params]: the table belongs to the latest item
                path = KeyLines.join(path, String.valueOf(count - 1));
                written = KeyLines.join(written, String.valueOf(count - 1));
            }
        }
        out.putIfAbsent(path, origin(i, written));
        if (arrayItem) {
            int index = arrayCounts.merge(path, 1, Integer::sum) - 1;
            path = KeyLines.join(path, String.valueOf(index));
            written = KeyLines.join(written, String.valueOf(index));
            out.put(path, origin(i, written));
        }
        table = path;
        tableWritten = written;
    }

    private KeyOrigin origin(int index, String written) {
        return new KeyOrigin(file, firstLine + index, written, DataFormat.TOML);
    }

    /** The line a value that opens a multi-line string or array ends on. */
    private static int endOfValue(String[] all, int i, String value) {
        for (String quotes : new String[] {"\"\"\"", "'''"}) {
            if (value.startsWith(quotes)) {
                int end = value.indexOf(quotes, 3);
                int j = i;
                while (end < 0 && ++j < all.length) end = all[j].indexOf(quotes);
                return Math.min(j, all.length - 1);
            }
        }
        int depth = depth(value);
        int j = i;
        while (depth > 0 && ++j < all.length) depth += depth(all[j]);
        return Math.min(j, all.length - 1);
    }

    /** Opening minus closing brackets and braces outside strings and comments. */
    private static int depth(String s) {
        int depth = 0;
        char quote = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == '\\' && quote == '"') k++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                break;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The position of the = that ends the key, outside quoted key parts, or -1. */
    private static int equalsSign(String s) {
        char quote = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return k;
            }
        }
        return -1;
    }

    /** A dotted key's parts, unquoted ({@code a."b.c".d} is a, b.c and d). */
    private static List<String> keys(String dotted) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int k = 0; k < dotted.length(); k++) {
            char c = dotted.charAt(k);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else part.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }
}
