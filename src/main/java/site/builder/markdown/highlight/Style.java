package site.builder.markdown.highlight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Chroma style as {@code noClasses = true} writes it: inline CSS in Chroma's compressed form for the pre, the
 * line numbers, highlighted lines and each token type. The styles are Hugo's own output
 * ({@code chroma-styles.txt}, recorded by scripts/record-chroma-styles.sh); a token type without CSS borrows its
 * parent's, as Chroma's formatter does, or gets no span. A name Hugo does not know gives "swapoff", as in Hugo.
 */
final class Style {
    private static final String FALLBACK = "swapoff";

    final String name;
    /** The pre's CSS, ending with ";" (the tab width and grid display follow). */
    final String pre;
    /** A highlighted line's CSS (Chroma's LineHighlight). */
    final String highlight;
    /** Line numbers beside each line, and in the table's first column. */
    final String lineNumbers;

    final String lineNumbersTable;
    /** The link around a line number when line numbers are anchors. */
    final String lineLink;

    private final Map<TokenType, String> tokens = new EnumMap<>(TokenType.class);
    /** {@link #css} per type's ordinal, parents walked once (it is asked for every token written). */
    private final String[] resolved;
    /** A token's opening tag per type's ordinal, {@code <span style="css">}; null when unstyled. */
    private final String[] spans;

    private Style(String name, Map<String, String> byClass) {
        this.name = name;
        this.pre = compress(byClass.getOrDefault("chroma", ""));
        this.highlight = compress(byClass.getOrDefault("hl", ""));
        this.lineNumbers = compress(byClass.getOrDefault("ln", ""));
        this.lineNumbersTable = compress(byClass.getOrDefault("lnt", byClass.getOrDefault("ln", "")));
        this.lineLink = compress(byClass.getOrDefault("lnlinks", ""));
        for (TokenType t : TokenType.values()) {
            String css = t.cssClass().isEmpty() ? null : byClass.get(t.cssClass());
            if (css == null) continue;
            if (!css.isEmpty()) tokens.put(t, compress(css));
            else if (clearsInheritedFlag(t, byClass)) tokens.put(t, ""); // written as style=""
        }
        resolved = new String[TokenType.values().length];
        for (TokenType t : TokenType.values()) resolved[t.ordinal()] = inherited(t);
        spans = new String[resolved.length];
        for (int i = 0; i < resolved.length; i++)
            spans[i] = resolved[i] == null ? null : "<span style=\"" + resolved[i] + "\">";
    }

    /**
     * The stylesheet prints two kinds of type as empty: one left with nothing once what it shares with the
     * background is taken away (catppuccin's NameOther: the text colour), which Chroma's inline map leaves out so
     * the parent's CSS applies, and one that turns off a parent's bold, italic or underline (bw's KeywordType:
     * "nobold"), which stays in as style="". Only the second can sit empty under a parent with such a flag:
     * inheriting would have kept the flag in its CSS.
     */
    private static boolean clearsInheritedFlag(TokenType type, Map<String, String> byClass) {
        for (TokenType t = type.parent(); t != null; t = t.parent()) {
            String css = t.cssClass().isEmpty() ? null : byClass.get(t.cssClass());
            if (css == null || css.isEmpty()) continue;
            return css.contains("font-weight: bold")
                    || css.contains("font-style: italic")
                    || css.contains("text-decoration: underline");
        }
        return false;
    }

    /** The style Hugo uses for {@code name}. */
    static Style named(String name) {
        Map<String, Style> all = Recorded.STYLES;
        return all.getOrDefault(name, all.get(FALLBACK));
    }

    /** The inline CSS for a token type, walking up to its parents; null when unstyled (no span), "" for style="". */
    String css(TokenType type) {
        return resolved[type.ordinal()];
    }

    /** The opening tag of a token of this type with inline CSS, or null when it has no span. */
    String span(TokenType type) {
        return spans[type.ordinal()];
    }

    private String inherited(TokenType type) {
        for (TokenType t = type; t != null; t = t.parent()) {
            String css = tokens.get(t);
            if (css != null) return css;
        }
        return null;
    }

    /**
     * Chroma's compression of inline CSS: white space runs become one space, "name: value" loses the space, and a
     * six-digit colour made of three doubled digits ("#ffffcc") is written with three ("#ffc").
     */
    static String compress(String css) {
        StringBuilder out = new StringBuilder(css.length());
        String[] parts = css.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = String.join(" ", parts[i].trim().split("\\s+")).replaceFirst(": ", ":");
            if (part.contains("#") && part.length() >= 6) {
                String c = part.substring(part.length() - 6);
                if (c.charAt(0) == c.charAt(1) && c.charAt(2) == c.charAt(3) && c.charAt(4) == c.charAt(5)) {
                    part = part.substring(0, part.length() - 6) + c.charAt(0) + c.charAt(2) + c.charAt(4);
                }
            }
            if (i > 0) out.append(';');
            out.append(part);
        }
        return out.toString();
    }

    /** The recorded styles, read on first use. */
    private static final class Recorded {
        static final Map<String, Style> STYLES = read();

        private static Map<String, Style> read() {
            Map<String, Map<String, String>> classes = new LinkedHashMap<>();
            try (InputStream in = Style.class.getResourceAsStream("chroma-styles.txt");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Map<String, String> current = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    if (line.startsWith("= ")) {
                        current = new HashMap<>();
                        classes.put(line.substring(2), current);
                    } else if (current != null) {
                        int space = line.indexOf(' ');
                        current.put(line.substring(0, space), line.substring(space + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the highlighting styles", e);
            }
            Map<String, Style> styles = new HashMap<>();
            classes.forEach((name, byClass) -> styles.put(name, new Style(name, byClass)));
            return Map.copyOf(styles);
        }
    }
}
