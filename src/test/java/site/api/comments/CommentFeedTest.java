package site.api.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The recent-comments Atom feed, read back with an XML parser. */
class CommentFeedTest {
    static final Instant NEWER = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant OLDER = Instant.parse("2026-03-01T09:00:00Z");

    static Comment comment(long id, String page, String author, String html, Instant at) {
        return new Comment(id, page, null, null, null, author, "source", html, CommentStatus.APPROVED, null, at, 0);
    }

    static Document parse(String xml) {
        return Jsoup.parse(xml, "", Parser.xmlParser());
    }

    @Test
    void eachCommentIsAnEntryLinkingToItsPlaceOnTheSite() {
        String xml = new CommentFeed("https://blog.example/")
                .render(List.of(
                        comment(7, "/posts/a/", "ann", "<p>hi <em>there</em></p>", NEWER),
                        comment(3, "/posts/b/", "bob", "<p>old</p>", OLDER)));
        Document feed = parse(xml);
        Element root = feed.selectFirst("feed");
        assertEquals("http://www.w3.org/2005/Atom", root.attr("xmlns"));
        assertEquals("tag:site:comments", root.selectFirst("> id").text());
        assertEquals("Recent comments", root.selectFirst("> title").text());
        assertEquals(NEWER.toString(), root.selectFirst("> updated").text(), "the newest comment's time");
        List<Element> entries = feed.select("entry");
        assertEquals(2, entries.size());
        Element first = entries.get(0);
        assertEquals("tag:site:comment:7", first.selectFirst("id").text());
        assertEquals("ann on /posts/a/", first.selectFirst("title").text());
        assertEquals(NEWER.toString(), first.selectFirst("updated").text());
        assertEquals("ann", first.selectFirst("author > name").text());
        assertEquals(
                "https://blog.example/posts/a/#comment-7",
                first.selectFirst("link").attr("href"));
        Element content = first.selectFirst("content");
        assertEquals("html", content.attr("type"));
        assertEquals("<p>hi <em>there</em></p>", Parser.unescapeEntities(content.html(), false));
        assertEquals(
                "https://blog.example/posts/b/#comment-3",
                entries.get(1).selectFirst("link").attr("href"));
    }

    @Test
    void anEmptyFeedIsDatedAtTheEpochAndLinksMayBeRelative() {
        Document empty = parse(new CommentFeed("").render(List.of()));
        assertEquals(
                Instant.EPOCH.toString(), empty.selectFirst("feed > updated").text());
        assertEquals(0, empty.select("entry").size());
        String relative = new CommentFeed("").render(List.of(comment(1, "/p/", "a", "x", OLDER)));
        assertEquals("/p/#comment-1", parse(relative).selectFirst("link").attr("href"));
    }

    @Test
    void oldRowsCannotLinkToAnotherHostOrBreakTheXml() {
        String xml = new CommentFeed("https://blog.example")
                .render(List.of(
                        comment(2, "//evil.example/x", "bad\u0001name", "<p>\u0000</p>", OLDER),
                        comment(5, "\\\\evil.example/y", "c", "ok", OLDER)));
        Document feed = parse(xml);
        assertEquals(
                "https://blog.example/evil.example/x#comment-2",
                feed.select("link").get(0).attr("href"));
        assertEquals(
                "https://blog.example/evil.example/y#comment-5",
                feed.select("link").get(1).attr("href"));
        assertEquals(
                false, xml.contains("\u0001") || xml.contains("\u0000"), "control characters are dropped or replaced");
    }

    @Test
    void theFeedIsWellFormedAtomWithEveryElementInItsPlace() throws Exception {
        String xml = new CommentFeed("")
                .render(List.of(comment(1, "/p/", "a", "x", NEWER), comment(2, "/q/", "b", "y", OLDER)));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Element feed = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals(List.of("id", "title", "updated", "entry", "entry"), children(feed));
        for (org.w3c.dom.Element entry : elements(feed, "entry")) {
            assertEquals(List.of("id", "title", "updated", "author", "link", "content"), children(entry));
            assertEquals(List.of("name"), children(elements(entry, "author").get(0)));
            assertEquals(List.of(), children(elements(entry, "content").get(0)));
        }
    }

    static List<String> children(org.w3c.dom.Element parent) {
        return elements(parent, null).stream()
                .map(org.w3c.dom.Element::getLocalName)
                .toList();
    }

    static List<org.w3c.dom.Element> elements(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && (name == null || name.equals(e.getLocalName()))) found.add(e);
        }
        return found;
    }
}
