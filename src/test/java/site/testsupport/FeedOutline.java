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
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parsed form of an RSS feed, one line per element in document order: {@code name: text} for the channel's
 * fields, an {@code item} (or {@code image}) line before its indented fields, and an element's attributes in
 * brackets. Text is as an XML reader sees it (entities decoded, CDATA unwrapped; line breaks as {@code \n}), so
 * two feeds with the same outline say the same thing however their bytes escape it or lay it out.
 */
public final class FeedOutline {
    private FeedOutline() {}

    public static List<String> of(String xml) {
        Element channel = XmlDocument.elements(xml, "channel").get(0);
        List<String> lines = new ArrayList<>();
        lines.add("rss " + attributes((Element) channel.getParentNode()));
        for (Element e : children(channel)) {
            if (children(e).isEmpty()) {
                lines.add(line(e));
            } else {
                lines.add(e.getTagName() + attributes(e));
                children(e).forEach(c -> lines.add("  " + line(c)));
            }
        }
        return lines;
    }

    private static String line(Element e) {
        return e.getTagName() + attributes(e) + ": "
                + e.getTextContent().replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String attributes(Element e) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            out.add(a.getNodeName() + "=" + a.getNodeValue());
        }
        return out.isEmpty() ? "" : out.stream().sorted().toList().toString();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    /** The outline of every feed (every .xml file but the sitemap) under {@code root}, keyed by relative path. */
    public static Map<String, List<String>> ofSite(Path root) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml") && !p.endsWith("sitemap.xml"))
                    .toList()) {
                out.put(
                        root.relativize(f).toString().replace('\\', '/'),
                        of(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Records a built site's feeds: {@code FeedOutline PUBLIC_DIR OUTLINE_FILE}. */
    public static void main(String[] args) throws IOException {
        RecordedOutlines.write(ofSite(Path.of(args[0])), Path.of(args[1]));
    }
}
