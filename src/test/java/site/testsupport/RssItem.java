package site.testsupport;

import java.util.List;

/** One RSS {@code <item>}; fields are the element texts as written (null when the element is absent). */
public record RssItem(String title, String link, String guid, String pubDate, String description) {

    static List<RssItem> parseAll(String xml) {
        return XmlDocument.elements(xml, "item").stream()
                .map(e -> new RssItem(
                        XmlDocument.childText(e, "title"),
                        XmlDocument.childText(e, "link"),
                        XmlDocument.childText(e, "guid"),
                        XmlDocument.childText(e, "pubDate"),
                        XmlDocument.childText(e, "description")))
                .toList();
    }
}
