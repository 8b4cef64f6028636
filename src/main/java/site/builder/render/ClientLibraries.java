package site.builder.render;

import java.util.regex.Pattern;

/**
 * Which of the vendored browser libraries a page's HTML needs: Mermaid for the diagrams the theme's
 * render-codeblock-mermaid hook writes, KaTeX for TeX between math delimiters. Pages that need neither link
 * neither, so an ordinary post loads no extra script.
 */
final class ClientLibraries {
    private static final Pattern CODE = Pattern.compile("<pre\\b.*?</pre>|<code\\b.*?</code>", Pattern.DOTALL);
    /** $$…$$, \[…\] or \(…\) with something between, as KaTeX's auto-render looks for them. */
    private static final Pattern MATH =
            Pattern.compile("\\$\\$.+?\\$\\$|\\\\\\[.+?\\\\]|\\\\\\(.+?\\\\\\)", Pattern.DOTALL);

    private ClientLibraries() {}

    static boolean mermaid(String html) {
        return html.contains("<pre class=\"mermaid\"");
    }

    /** Math outside code: a shell's {@code $$} in a code block is not a formula. */
    static boolean math(String html) {
        if (!html.contains("$$") && !html.contains("\\")) return false;
        return MATH.matcher(CODE.matcher(html).replaceAll("")).find();
    }
}
