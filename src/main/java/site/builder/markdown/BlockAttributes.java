package site.builder.markdown;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses goldmark/Hugo attribute lists: {@code {.class #id key=value key="quoted" hl_lines=[1,"3-4"]}}.
 * Classes are joined with spaces; malformed parts are skipped, never an error.
 */
final class BlockAttributes {
    private BlockAttributes() {}

    static Map<String, String> parse(String text) {
        Map<String, String> attrs = new LinkedHashMap<>();
        String s = text.strip();
        if (s.startsWith("{")) s = s.substring(1);
        if (s.endsWith("}")) s = s.substring(0, s.length() - 1);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '.' || c == '#') {
                int end = wordEnd(s, i + 1);
                String value = s.substring(i + 1, end);
                if (c == '.') attrs.merge("class", value, (a, b) -> a + " " + b);
                else attrs.put("id", value);
                i = end;
            } else {
                i = keyValue(s, i, attrs);
            }
        }
        return attrs;
    }

    private static int keyValue(String s, int i, Map<String, String> attrs) {
        int keyEnd = i;
        while (keyEnd < s.length() && s.charAt(keyEnd) != '=' && !Character.isWhitespace(s.charAt(keyEnd))) keyEnd++;
        String key = s.substring(i, keyEnd);
        if (keyEnd >= s.length() || s.charAt(keyEnd) != '=') {
            if (!key.isEmpty()) attrs.put(key, "");
            return Math.max(keyEnd, i + 1);
        }
        int v = keyEnd + 1;
        if (v >= s.length()) return v;
        char open = s.charAt(v);
        int end;
        String value;
        if (open == '"' || open == '\'') {
            end = s.indexOf(open, v + 1);
            end = end < 0 ? s.length() : end + 1;
            value = s.substring(v + 1, Math.max(v + 1, end - 1));
        } else if (open == '[') {
            end = s.indexOf(']', v);
            end = end < 0 ? s.length() : end + 1;
            value = s.substring(v, end);
        } else {
            end = wordEnd(s, v);
            value = s.substring(v, end);
        }
        attrs.put(key.toLowerCase(java.util.Locale.ROOT), value);
        return end;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',' && s.charAt(i) != '}') i++;
        return i;
    }
}
