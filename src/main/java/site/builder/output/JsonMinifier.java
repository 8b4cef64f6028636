package site.builder.output;

/**
 * Minifies JSON by removing the white space between tokens; strings are copied as they are (escapes included),
 * so the value is the same. Text that is not JSON keeps its strings intact too.
 */
public final class JsonMinifier {
    private JsonMinifier() {}

    public static String minify(String json) {
        StringBuilder out = new StringBuilder(json.length());
        int n = json.length();
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = stringEnd(json, i);
                out.append(json, i, end);
                i = end - 1;
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index after the string that starts at {@code quote}. */
    private static int stringEnd(String json, int quote) {
        for (int i = quote + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i + 1;
        }
        return json.length();
    }
}
