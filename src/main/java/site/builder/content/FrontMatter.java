package site.builder.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import site.builder.config.DataFormat;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Splits a content file into its front matter (YAML between ---, TOML between +++, or a JSON object)
 * and its body. {@code bodyLine} is the 1-based line where the body starts, for error locations.
 */
public record FrontMatter(Map<String, Object> values, String body, int bodyLine, String source) {

    /** The 1-based file line where {@code key} is set in the front matter, or 1 when not found. */
    public int lineOf(String key) {
        String[] lines = source.split("\n", -1);
        Pattern p = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*[:=]", Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) return i + 1;
        }
        return 1;
    }

    public static FrontMatter parse(String text, Path file) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.startsWith("---")) return delimited(s, "---", DataFormat.YAML, file);
        if (s.startsWith("+++")) return delimited(s, "+++", DataFormat.TOML, file);
        if (s.startsWith("{")) return json(s, file);
        return new FrontMatter(new LinkedHashMap<>(), s, 1, "");
    }

    private static FrontMatter delimited(String s, String fence, DataFormat format, Path file) {
        int firstEnd = s.indexOf('\n');
        if (firstEnd < 0 || !s.substring(0, firstEnd).strip().equals(fence)) {
            return new FrontMatter(new LinkedHashMap<>(), s, 1, "");
        }
        int line = 2;
        int pos = firstEnd + 1;
        while (pos <= s.length()) {
            int end = s.indexOf('\n', pos);
            String current = end < 0 ? s.substring(pos) : s.substring(pos, end);
            if (current.strip().equals(fence)) {
                Map<String, Object> values = format.parse(s.substring(firstEnd + 1, pos), file, 2);
                String body = end < 0 ? "" : s.substring(end + 1);
                return new FrontMatter(values, body, line + 1, s.substring(0, pos));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        throw new LocatedException(new LocatedError(
                file, 1, "front matter starts with " + fence + " but has no closing " + fence + " line"));
    }

    /** JSON front matter is the first balanced {...} object (strings may contain braces). */
    private static FrontMatter json(String s, Path file) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                Map<String, Object> values = DataFormat.JSON.parse(s.substring(0, i + 1), file, 1);
                String rest = s.substring(i + 1);
                int lines = (int)
                        s.substring(0, i + 1).chars().filter(ch -> ch == '\n').count();
                if (rest.startsWith("\r\n")) rest = rest.substring(2);
                else if (rest.startsWith("\n")) rest = rest.substring(1);
                return new FrontMatter(values, rest, lines + 2, s.substring(0, i + 1));
            }
        }
        throw new LocatedException(new LocatedError(file, 1, "JSON front matter has no closing }"));
    }
}
