package site.builder;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** An XML document as a line per element (name, sorted attributes, own text), white space between elements left out. */
final class XmlCanon {
    private XmlCanon() {}

    static String of(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement();
            StringBuilder out = new StringBuilder();
            write(root, out);
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void write(Element e, StringBuilder out) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++)
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        out.append('<').append(e.getTagName()).append(' ').append(attributes).append('>');
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element el) write(el, out);
            else if (!child.getTextContent().isBlank())
                out.append('[').append(child.getTextContent()).append(']');
        }
        out.append("</").append(e.getTagName()).append(">\n");
    }
}
