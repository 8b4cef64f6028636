package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad request gets the right 4xx as problem+json and changes nothing in the database. */
abstract class BadInputContract extends ContractBase {

    /** Sends a bad create and checks the answer and that no post appeared. */
    void refusedCreate(String body, int status, String code, String... fields) {
        long before = api.database().count("posts");
        assertProblem(http.post("/api/posts", body, alice), status, code, fields);
        assertEquals(before, api.database().count("posts"));
    }

    @Test
    void titleIsRequired() {
        refusedCreate(json(Map.of("content", "no title")), 400, "validation", "title");
        refusedCreate(json(Map.of("title", "   ")), 400, "validation", "title");
    }

    @Test
    void fieldsHaveMaximumLengths() {
        refusedCreate(json(Map.of("title", "t".repeat(201))), 400, "validation", "title");
        refusedCreate(json(Map.of("title", "ok", "author", "a".repeat(51))), 400, "validation", "author");
        refusedCreate(json(Map.of("title", "ok", "content", "c".repeat(20_001))), 400, "validation", "content");
        refusedCreate(
                json(Map.of("title", "t".repeat(201), "author", "a".repeat(51))), 400, "validation", "title", "author");
    }

    @Test
    void boundaryLengthsAreAccepted() {
        create(alice, Map.of("title", "t".repeat(200), "author", "a".repeat(50)));
        create(alice, Map.of("title", "가".repeat(200), "author", "😀".repeat(25)));
    }

    @Test
    void malformedJsonIsRefused() {
        refusedCreate("{\"title\": ", 400, "malformed-json");
        refusedCreate("not json", 400, "malformed-json");
        refusedCreate("", 400, "malformed-json");
        refusedCreate("[]", 400, "validation");
        refusedCreate("{\"title\":\"a\"} trailing", 400, "malformed-json");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreRefusedByName() {
        refusedCreate("{\"title\": 5}", 400, "validation", "title");
        refusedCreate("{\"title\": {\"x\": 1}}", 400, "validation", "title");
        refusedCreate("{\"title\": true}", 400, "validation", "title");
        refusedCreate("{\"title\": \"ok\", \"viewCount\": 1000}", 400, "validation", "viewCount");
    }

    @Test
    void oversizeBodiesAre413() {
        refusedCreate(json(Map.of("title", "big", "content", "x".repeat(70_000))), 413, "payload-too-large");
    }

    @Test
    void nonJsonContentTypeIs415() {
        long before = api.database().count("posts");
        Reply reply = http.send(http.request("/api/posts", alice)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")));
        assertProblem(reply, 415, "unsupported-media-type");
        assertEquals(before, api.database().count("posts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "1.5", "99999999999999999999", "1%20OR%201=1"})
    void invalidIdsAre400NamingTheId(String id) {
        assertProblem(http.get("/api/posts/" + id), 400, "bad-parameter", "id");
        assertProblem(http.put("/api/posts/" + id, json(Map.of("title", "x")), alice), 400, "bad-parameter", "id");
        assertProblem(http.delete("/api/posts/" + id, alice), 400, "bad-parameter", "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=-5", "page=abc", "size=1e3", "page=99999999999"})
    void invalidPagingIs400(String query) {
        assertProblem(http.get("/api/posts?" + query), 400, "bad-parameter", query.substring(0, query.indexOf('=')));
    }

    @Test
    void searchNeedsAKeyword() {
        assertProblem(http.get("/api/posts/search"), 400, "bad-parameter", "keyword");
        assertProblem(http.get("/api/posts/search?keyword=%20%20"), 400, "bad-parameter", "keyword");
        assertProblem(http.get("/api/posts/search?keyword=" + "k".repeat(101)), 400, "bad-parameter", "keyword");
    }

    @Test
    void sqlInPayloadsIsJustText() {
        String evil = "x'); DROP TABLE posts; --";
        long id = create(alice, Map.of("title", evil, "content", "' OR '1'='1"))
                .get("id")
                .asLong();
        assertEquals(evil, http.get("/api/posts/" + id).json().get("title").asText());
        assertEquals(
                0,
                http.get("/api/posts/search?keyword=%27%20OR%201%3D1%20--")
                        .json()
                        .get("totalElements")
                        .asLong());
    }

    @Test
    void htmlIsStoredAsGivenAndServedAsJsonNotHtml() {
        String xss = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        Reply reply = http.post("/api/posts", json(Map.of("title", xss, "content", xss)), alice);
        assertEquals(xss, reply.json().get("title").asText());
        assertEquals("application/json", reply.contentType());
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    }

    @Test
    void writesWithoutAValidTokenAre401AndChangeNothing() {
        refusedCreateWithToken(null);
        refusedCreateWithToken("not.a.token");
        refusedCreateWithToken(Tampering.tampered(alice));
        refusedCreateWithToken(Tampering.algNone(alice));
        refusedCreateWithToken(Tampering.expired());
        refusedCreateWithToken(Tampering.signedWithOtherKey());
    }

    private void refusedCreateWithToken(String token) {
        long before = api.database().count("posts");
        assertProblem(http.post("/api/posts", json(Map.of("title", "sneaky")), token), 401, "unauthorized");
        assertEquals(before, api.database().count("posts"));
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertProblem(http.get("/api/nothing-here"), 404, "not-found");
        Reply patch = http.send(http.request("/api/posts", alice).method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertProblem(patch, 405, "method-not-allowed");
    }
}
