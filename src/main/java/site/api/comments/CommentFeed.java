package site.api.comments;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import site.api.http.StoredText;

/** The recent-comments Atom feed; entry content is the same sanitized HTML the API serves. */
final class CommentFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final String siteUrl;

    CommentFeed(String siteUrl) {
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    String render(List<Comment> comments) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "tag:site:comments");
            element(xml, "title", "Recent comments");
            element(
                    xml,
                    "updated",
                    (comments.isEmpty() ? Instant.EPOCH : comments.get(0).createdAt()).toString());
            for (Comment comment : comments) entry(xml, comment);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the comment feed", e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, Comment comment) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "tag:site:comment:" + comment.id());
        element(xml, "title", comment.author() + " on " + comment.page());
        element(xml, "updated", comment.createdAt().toString());
        xml.writeStartElement("author");
        element(xml, "name", comment.author());
        xml.writeEndElement();
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", StoredText.xmlSafe(siteUrl + sitePath(comment.page()) + "#comment-" + comment.id()));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(StoredText.xmlSafe(comment.html()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * One leading slash, whatever was stored: a page stored as "//host/x" before pages were checked would
     * otherwise link to another site.
     */
    private static String sitePath(String page) {
        return "/" + page.replaceFirst("^[/\\\\]+", "");
    }

    /** Text stored before characters were checked is made XML-safe here, so one old row cannot break the feed. */
    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(StoredText.xmlSafe(text));
        xml.writeEndElement();
    }
}
