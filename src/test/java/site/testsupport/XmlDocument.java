package site.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Just enough DOM to read feeds and sitemaps: the elements with a tag, and a child's text. */
final class XmlDocument {
    private XmlDocument() {}

    /** Every element named {@code tag} (local name, any namespace), in document order. */
    static List<Element> elements(String xml, String tag) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS("*", tag);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
            return out;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of the first child element named {@code tag}, or null when there is none. */
    static String childText(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
