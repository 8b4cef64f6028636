package site.builder.markdown;

import java.util.List;
import java.util.Map;

/**
 * One {@code {{< … >}}} or {@code {{% … %}}} tag as written: an opening tag (maybe self-closing) or a closing one.
 * {@code start}/{@code end} are offsets of the whole tag in the page body.
 */
record ShortcodeTag(
        String name,
        boolean closing,
        boolean selfClosing,
        boolean markdown,
        List<String> positional,
        Map<String, String> named,
        int line,
        int start,
        int end) {}
