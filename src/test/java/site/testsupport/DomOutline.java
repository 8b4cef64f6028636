package site.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The DOM outline of an HTML page: one line per element (tag, #id, .classes, and for head elements the
 * attribute that says what they are), indented two spaces per depth, in document order. The article body
 * ({@code .post-content}) and SVG drawings appear as one line each, without their children: the outline is
 * the theme's structure, not the content's or an icon's.
 */
public final class DomOutline {
    private DomOutline() {}

    public static List<String> of(String html) {
        Document doc = Jsoup.parse(html);
        List<String> lines = new ArrayList<>();
        walk(doc.child(0), 0, lines);
        return lines;
    }

    private static void walk(Element e, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + describe(e));
        if (e.hasClass("post-content") || e.tagName().equals("svg")) return;
        for (Element child : e.children()) walk(child, depth + 1, lines);
    }

    static String describe(Element e) {
        StringBuilder s = new StringBuilder(e.tagName());
        if (!e.id().isEmpty()) s.append('#').append(e.id());
        for (String c : e.className().trim().split("\\s+"))
            if (!c.isEmpty()) s.append('.').append(c);
        for (String attr : List.of("name", "property", "rel", "type")) {
            if (identifiedBy(e, attr))
                s.append('[').append(attr).append('=').append(e.attr(attr)).append(']');
        }
        return s.toString();
    }

    /** Head elements are told apart by what they declare, since they carry no classes. */
    private static boolean identifiedBy(Element e, String attr) {
        if (!e.hasAttr(attr)) return false;
        return switch (e.tagName()) {
            case "meta" -> attr.equals("name") || attr.equals("property");
            case "link" -> attr.equals("rel");
            case "script" -> attr.equals("type");
            default -> false;
        };
    }

    /** The outline of every HTML page under {@code root}, keyed by its path relative to root. */
    public static Map<String, List<String>> ofSite(Path root) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                out.put(rel, of(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Records a built site's outlines: {@code DomOutline PUBLIC_DIR OUTLINE_FILE}. */
    public static void main(String[] args) throws IOException {
        RecordedOutlines.write(ofSite(Path.of(args[0])), Path.of(args[1]));
    }
}
