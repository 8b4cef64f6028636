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
    private static final int MAX_CODE =
            CODES.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Emoji() {}

    static String replace(String source) {
        if (source.indexOf(':') < 0) return source;
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int start = source.indexOf(':', i);
            if (start < 0) break;
            int end = source.indexOf(':', start + 1);
            String emoji = end < 0 || end - start > MAX_CODE ? null : CODES.get(source.substring(start, end + 1));
            if (emoji == null) {
                out.append(source, i, start + 1);
                i = start + 1;
            } else {
                out.append(source, i, start).append(emoji);
                i = end + 1;
            }
        }
        return out.append(source, i, source.length()).toString();
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (EmojiReference.Emoji e : EmojiReference.getEmojiList()) {
            if (e.unicodeChars == null || e.unicodeChars.isBlank()) continue;
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
