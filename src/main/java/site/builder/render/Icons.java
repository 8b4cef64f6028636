package site.builder.render;

import java.util.Locale;
import java.util.Map;

/**
 * The theme's icons for social links and share buttons, by PaperMod's icon names (lower case), drawn for this
 * theme as simple strokes on a 24-unit grid. A name without its own drawing gets a generic link icon.
 */
public final class Icons {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" fill=\"none\""
            + " stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
            + " aria-hidden=\"true\">";
    private static final String LINK = "<path d=\"M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1\"/>"
            + "<path d=\"M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1\"/>";
    private static final Map<String, String> DRAWINGS = Map.ofEntries(
            Map.entry(
                    "github",
                    "<circle cx=\"6\" cy=\"5\" r=\"2\"/><circle cx=\"6\" cy=\"19\" r=\"2\"/>"
                            + "<circle cx=\"18\" cy=\"7\" r=\"2\"/><path d=\"M6 7v10M18 9c0 5-12 3-12 8\"/>"),
            Map.entry("gitlab", "<path d=\"M12 21 3 13l2-9 3 7h8l3-7 2 9z\"/>"),
            Map.entry("twitter", "<path d=\"M4 4l16 16M20 4 4 20\"/>"),
            Map.entry("x", "<path d=\"M4 4l16 16M20 4 4 20\"/>"),
            Map.entry(
                    "rss",
                    "<path d=\"M5 11a8 8 0 0 1 8 8M5 4a15 15 0 0 1 15 15\"/><circle cx=\"6\" cy=\"18\" r=\"1\"/>"),
            Map.entry("email", "<rect x=\"3\" y=\"5\" width=\"18\" height=\"14\" rx=\"2\"/><path d=\"m3 7 9 6 9-6\"/>"),
            Map.entry(
                    "linkedin",
                    "<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"2\"/>"
                            + "<path d=\"M8 10v7M8 7v.01M12 17v-7M12 13a3 3 0 0 1 6 0v4\"/>"),
            Map.entry("facebook", "<path d=\"M14 21v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3V2h-3a5 5 0 0 0-5 5v2H7v4h3v8\"/>"),
            Map.entry(
                    "reddit",
                    "<ellipse cx=\"12\" cy=\"14\" rx=\"8\" ry=\"6\"/><path d=\"M12 8l2-5 4 1\"/>"
                            + "<circle cx=\"19\" cy=\"4\" r=\"1\"/>"),
            Map.entry("telegram", "<path d=\"M21 4 3 11l6 2 2 6 3-4 5 4z\"/>"),
            Map.entry("whatsapp", "<path d=\"M4 20l1.5-4.5A8 8 0 1 1 8.5 19z\"/>"),
            Map.entry(
                    "ycombinator",
                    "<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\"/><path d=\"M8 7l4 6 4-6M12 13v5\"/>"),
            Map.entry(
                    "mastodon",
                    "<rect x=\"4\" y=\"3\" width=\"16\" height=\"16\" rx=\"5\"/><path d=\"M8 14V9a2 2 0 0 1 4 0 2 2 0 0 1 4 0v5\"/>"),
            Map.entry(
                    "youtube",
                    "<rect x=\"2\" y=\"5\" width=\"20\" height=\"14\" rx=\"4\"/><path d=\"m10 9 5 3-5 3z\"/>"),
            Map.entry(
                    "instagram",
                    "<rect x=\"3\" y=\"3\" width=\"18\" height=\"18\" rx=\"5\"/><circle cx=\"12\" cy=\"12\" r=\"4\"/>"));

    private Icons() {}

    /** The icon as an inline SVG element. */
    public static String svg(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return OPEN + DRAWINGS.getOrDefault(key, LINK) + "</svg>";
    }
}
