package site.builder.render;

import site.builder.markdown.ShortcodeCall;

/**
 * PaperMod v7.0's {@code collapse}, {@code ltr} and {@code rtl} shortcodes for the bundled theme: the inner
 * text (and the summary) through the page's markdownify, and the blank lines and indentation their Go
 * templates write, so the page's HTML is PaperMod's byte for byte.
 */
public final class PaperModShortcodes {
    private PaperModShortcodes() {}

    /** {@code summary} and the inner text markdownified; {@code openByDefault=true} opens it. */
    public static String collapse(ShortcodeCall call) {
        String summary = call.get("summary");
        boolean open = "true".equals(call.get("openByDefault"));
        return (summary == null || summary.isEmpty() ? "\n\n\n" : "\n\n") + "<p><details " + (open ? " open=true " : "")
                + ">\n  <summary markdown=\"span\">" + call.markdownify(summary) + "</summary>\n  "
                + call.markdownify(call.inner()) + "\n</details></p>\n";
    }

    /**
     * The inner text in a {@code div} with the direction, markdownified unless the {@code md} param (named, or
     * the first positional one) is {@code false}: PaperMod compares it with the boolean false, so a missing one
     * markdownifies too.
     */
    public static String direction(ShortcodeCall call, String dir) {
        String md = call.isNamedParams() ? call.get("md") : call.get(0);
        String inner = "false".equals(md) ? (call.inner() == null ? "" : call.inner()) : call.markdownify(call.inner());
        return "\n\n\n\n\n\n<div dir=\"" + dir + "\">\n  \n    " + inner + "\n  \n</div>\n";
    }
}
