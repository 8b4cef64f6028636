package site.builder.markdown;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Hugo's enableEmoji: {@code :smile:} codes in the page source become Unicode emoji before Markdown, anywhere
 * in the body (as Hugo's page lexer does). The code table is flexmark's copy of GitHub's emoji list.
 */
final class Emoji {
    private static final Map<String, String> CODES = codes();

    private Emoji() {}

    static String replace(String source) {
        if (source.indexOf(':') < 0) return source;
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int start = source.indexOf(':', i);
            if (start < 0) break;
            int end = codeEnd(source, start);
            if (end < 0) {
                out.append(source, i, start + 1);
                i = start + 1;
            } else {
                // As in Hugo, a code not in the table stays as written, its closing colon with it.
                String code = source.substring(start, end + 1);
                out.append(source, i, start).append(CODES.getOrDefault(code, code));
                i = end + 1;
            }
        }
        return out.append(source, i, source.length()).toString();
    }

    /**
     * The closing colon of the code the colon at {@code start} opens, or -1: Hugo's page lexer takes one or more
     * ASCII letters, digits, {@code _}, {@code -} or {@code +} between the colons as a code, known or not.
     */
    private static int codeEnd(String source, int start) {
        int i = start + 1;
        while (i < source.length() && codeChar(source.charAt(i))) i++;
        return i > start + 1 && i < source.length() && source.charAt(i) == ':' ? i : -1;
    }

    private static boolean codeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+');
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (EmojiReference.Emoji e : EmojiReference.getEmojiList()) {
            if (e.shortcut == null || e.unicodeChars == null || e.unicodeChars.isBlank()) continue;
            String chars = chars(e.unicodeChars);
            codes.put(":" + e.shortcut + ":", chars);
            if (e.aliasShortcuts != null)
                for (String alias : e.aliasShortcuts) codes.putIfAbsent(":" + alias + ":", chars);
        }
        return Map.copyOf(codes);
    }

    /** "U+1F1FA U+1F1F8" to the characters. */
    private static String chars(String codePoints) {
        StringBuilder s = new StringBuilder();
        for (String cp : codePoints.trim().split("\\s+")) s.appendCodePoint(Integer.parseInt(cp.replace("U+", ""), 16));
        return s.toString();
    }
}
