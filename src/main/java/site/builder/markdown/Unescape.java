package site.builder.markdown;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backslash escapes and character references as CommonMark (and goldmark) reads them. flexmark's own unescaping
 * also takes eight-digit numeric references, which are plain text: {@code &#87654321;} stays as written.
 */
final class Unescape {
    private static final Pattern ESCAPE_OR_REFERENCE =
            Pattern.compile("\\\\[!-/:-@\\[-`{-~]|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private Unescape() {}

    static String text(CharSequence s) {
        String text = s.toString();
        if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) return text;
        Matcher m = ESCAPE_OR_REFERENCE.matcher(text);
        StringBuilder out = null;
        int done = 0;
        while (m.find()) {
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, done, m.start());
            if (text.charAt(m.start()) == '\\') out.append(text.charAt(m.start() + 1));
            else out.append(Html5Entities.entityToString(m.group()));
            done = m.end();
        }
        return out == null ? text : out.append(text, done, text.length()).toString();
    }
}
