package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Text that XML, UTF-8 or the columns cannot carry is refused by field, and the feed stays well-formed XML. */
abstract class HostileInputContract extends ContractBase {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0008", "\u001B", "\uFFFE", "\uFFFF", "\u007F\u0001"})
    void charactersXmlCannotCarryAreRefusedInEveryStoredField(String bad) {
        refused(
                "/api/comments",
                Map.of("page", "/posts/x/", "author", "a" + bad, "text", "hi"),
                null,
                "comments",
                "author");
        refused(
                "/api/comments",
                Map.of("page", "/posts/x/", "author", "a", "text", "hi" + bad),
                null,
                "comments",
                "text");
        refused(
                "/api/comments",
                Map.of("page", "/posts/" + bad + "/", "author", "a", "text", "hi"),
                null,
                "comments",
                "page");
        refused("/api/posts", Map.of("title", "t" + bad), alice, "posts", "title");
        refused("/api/posts", Map.of("title", "t", "content", bad), alice, "posts", "content");
        refused("/api/posts", Map.of("title", "t", "author", bad + "x"), alice, "posts", "author");
        refused(
                "/api/auth/signup",
                Map.of("username", "user" + bad, "password", "password-1"),
                null,
                "users",
                "username");
        long id = create(alice, Map.of("title", "clean")).get("id").asLong();
        assertProblem(
                http.put("/api/posts/" + id, json(Map.of("content", "x" + bad)), alice), 400, "validation", "content");
        assertEquals("", http.get("/api/posts/" + id).json().get("content").asText());
    }

    @Test
    void feedIsWellFormedXmlAfterHostileComments() throws Exception {
        for (String author : new String[] {"a\u0000b", "c\u0008", "\u001B[31m"}) {
            refused(
                    "/api/comments",
                    Map.of("page", "/posts/feed-x/", "author", author, "text", "hi"),
                    null,
                    "comments",
                    "author");
        }
        String tricky = "]]> <x> & \"' 😀 \t";
        assertEquals(
                201,
                http.post(
                                "/api/comments",
                                json(Map.of("page", "/posts/feed-x/", "author", tricky, "text", tricky)),
                                null)
                        .status());
        String entities = "escape &#27; nul &#0; non-character &#xFFFE; lone &#xD800;"; // Markdown decodes these
        assertEquals(
                201,
                http.post(
                                "/api/comments",
                                json(Map.of("page", "/posts/feed-x/", "author", "e", "text", entities)),
                                null)
                        .status());
        // A row stored before these rules, with characters XML cannot carry and an off-site page.
        api.database()
                .execute("INSERT INTO comments (page, author, text, html, status, created_at, updated_at)"
                        + " VALUES ('//evil.example/old', CONCAT('old', CHAR(27)), 't', CONCAT('<p>', CHAR(8), '</p>'), 'APPROVED',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertEquals(
                201,
                http.post("/api/comments", json(Map.of("page", "/posts/feed-x/", "author", "last", "text", "hi")), null)
                        .status());
        Document feed = parseXml(http.get("/api/comments/feed").body());
        NodeList names = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "name");
        assertEquals("last", names.item(0).getTextContent());
        assertEquals("old\uFFFD", names.item(1).getTextContent());
        assertEquals("e", names.item(2).getTextContent());
        assertEquals(tricky.strip(), names.item(3).getTextContent());
        NodeList links = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        for (int i = 0; i < links.getLength(); i++) {
            String href = links.item(i).getAttributes().getNamedItem("href").getNodeValue();
            assertTrue(href.startsWith("/") && !href.startsWith("//"), href);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/phish",
                "/\\evil.example/",
                "https://evil.example/",
                "evil",
                "/a b",
                "/a?x=1",
                "/a#f"
            })
    void pagesAreSitePaths(String page) {
        refused("/api/comments", Map.of("page", page, "author", "a", "text", "hi"), null, "comments", "page");
    }

    @Test
    void lengthsAreCountedInTheUnitsEveryColumnHolds() {
        String mathBold = "\uD835\uDC00"; // U+1D400, a letter outside the BMP: 1 code point, 2 UTF-16 units
        refused(
                "/api/auth/signup",
                Map.of("username", mathBold.repeat(30), "password", "password-1"),
                null,
                "users",
                "username");
        refused(
                "/api/comments",
                Map.of("page", "/" + mathBold.repeat(150), "author", "a", "text", "hi"),
                null,
                "comments",
                "page");
        refused("/api/posts", Map.of("title", "😀".repeat(101)), alice, "posts", "title");
        assertEquals(
                201,
                http.post(
                                "/api/auth/signup",
                                json(Map.of("username", mathBold.repeat(15), "password", "password-1")),
                                null)
                        .status());
        assertEquals(
                201,
                http.post(
                                "/api/comments",
                                json(Map.of("page", "/" + mathBold.repeat(149), "author", "a", "text", "hi")),
                                null)
                        .status());
        create(alice, Map.of("title", "😀".repeat(100)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "EDA080", "E282", "FF", "F4908080"})
    void invalidUtf8BodiesAreRefused(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] body =
                concat("{\"title\":\"a".getBytes(StandardCharsets.UTF_8), bad, "b\"}".getBytes(StandardCharsets.UTF_8));
        long before = api.database().count("posts");
        Reply reply = http.send(http.request("/api/posts", alice)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertProblem(reply, 400, "malformed-json");
        assertEquals(before, api.database().count("posts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\uD800", "\\uDC00", "x\\uDE00\\uD83D", "\\uD83Dx"})
    void unpairedSurrogateEscapesAreRefusedByField(String escape) {
        long before = api.database().count("posts");
        assertProblem(http.post("/api/posts", "{\"title\":\"" + escape + "\"}", alice), 400, "validation", "title");
        assertProblem(
                http.post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"p" + escape + "\"}", null),
                400,
                "validation",
                "password");
        assertEquals(before, api.database().count("posts"));
        assertEquals(
                "😀",
                http.post("/api/posts", "{\"title\":\"\\uD83D\\uDE00\"}", alice)
                        .json()
                        .get("title")
                        .asText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/posts/search?keyword=%C0%AF",
                "/api/posts/search?keyword=a%ED%A0%80",
                "/api/comments?path=/posts/%FF/",
                "/api/comments/count?path=%E2%82"
            })
    void invalidUtf8QueryParametersAreRefused(String path) {
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertProblem(http.get(path), 400, "bad-parameter", name);
    }

    @Test
    void deletedCommentsDoNotCountInThreadPaging() {
        Reply created =
                http.post("/api/comments", json(Map.of("page", "/posts/paging/", "author", "a", "text", "gone")), null);
        long id = created.json().get("id").asLong();
        var delete = http.request("/api/comments/" + id, null)
                .header("X-Edit-Token", created.json().get("editToken").asText());
        assertEquals(204, http.send(delete.DELETE()).status());
        var thread = http.get("/api/comments?path=/posts/paging/&size=1").json();
        assertEquals(0, thread.get("totalElements").asLong());
        assertTrue(thread.get("last").asBoolean());
    }

    @Test
    void theLastPossiblePageIsLast() {
        var posts = http.get("/api/posts?page=2147483647").json();
        assertTrue(posts.get("last").asBoolean(), posts::toString);
        assertEquals(0, posts.get("numberOfElements").asInt());
        assertTrue(http.get("/api/comments?path=/posts/none/&page=2147483647")
                .json()
                .get("last")
                .asBoolean());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/jsonp",
                "application/json-patch+json",
                "application/jsonx; charset=utf-8",
                "text/json"
            })
    void onlyJsonIsJson(String contentType) {
        long before = api.database().count("posts");
        Reply reply = http.send(http.request("/api/posts", alice)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("title", "typed")))));
        assertProblem(reply, 415, "unsupported-media-type");
        assertEquals(before, api.database().count("posts"));
        Reply json = http.send(http.request("/api/posts", alice)
                .header("Content-Type", "Application/JSON ; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("title", "typed")))));
        assertEquals(201, json.status(), json::toString);
    }

    /** Sends a refused create and checks the 400 names {@code field} and that {@code table} did not grow. */
    private void refused(String path, Map<String, ?> body, String token, String table, String field) {
        long before = api.database().count(table);
        assertProblem(http.post(path, json(body), token), 400, "validation", field);
        assertEquals(before, api.database().count(table), () -> table + " grew after a refused " + path);
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
