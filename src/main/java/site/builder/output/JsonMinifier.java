package site.builder.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Minifies JSON by removing the white space between tokens; strings are copied as they are (escapes included),
 * so the value is the same. Text that is not JSON keeps its strings intact too. It works on the UTF-8 bytes:
 * quotes, backslashes and white space are ASCII, which no byte of a multi-byte character can be, so a 43 MB
 * search index is neither decoded nor copied when it has nothing to remove.
 */
public final class JsonMinifier {
    private JsonMinifier() {}

    public static String minify(String json) {
        return new String(minify(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** The minified bytes; {@code json} itself when it holds no white space between tokens. */
    public static byte[] minify(byte[] json) {
        byte[] out = null;
        int written = 0;
        int n = json.length;
        for (int i = 0; i < n; i++) {
            byte b = json[i];
            if (b == '"') {
                int end = stringEnd(json, i);
                if (out != null) {
                    System.arraycopy(json, i, out, written, end - i);
                    written += end - i;
                }
                i = end - 1;
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                if (out == null) {
                    out = new byte[n];
                    System.arraycopy(json, 0, out, 0, i);
                    written = i;
                }
            } else if (out != null) {
                out[written++] = b;
            }
        }
        return out == null ? json : Arrays.copyOf(out, written);
    }

    /** The index after the string that starts at {@code quote}. */
    private static int stringEnd(byte[] json, int quote) {
        for (int i = quote + 1; i < json.length; i++) {
            byte b = json[i];
            if (b == '\\') i++;
            else if (b == '"') return i + 1;
        }
        return json.length;
    }
}
