package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;
import static site.api.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comments on site pages: threads, anonymous and account authors, edit tokens, counts, feed, bad input. */
abstract class CommentsContract extends ContractBase {

    JsonNode comment(String token, String page, String text, Long parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("page", page, "text", text));
        if (token == null) body.put("author", "손님");
        if (parentId != null) body.put("parentId", parentId);
        Reply reply = http.post("/api/comments", json(body), token);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    JsonNode thread(String page) {
        return http.get("/api/comments?path=" + page).json();
    }

    Reply withEditToken(String method, long id, String body, String editToken) {
        var request = http.request("/api/comments/" + id, null).header("Content-Type", "application/json");
        if (editToken != null) request.header("X-Edit-Token", editToken);
        return http.send(request.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void anonymousCommentGetsRenderedHtmlAndAnEditToken() {
        JsonNode created = comment(null, "/posts/anon/", "**굵게** and _em_ 😀", null);
        assertEquals(
                "<p><strong>굵게</strong> and <em>em</em> &#x1f600;</p>",
                created.get("html").asText());
        assertEquals("손님", created.get("author").asText());
        assertEquals("approved", created.get("status").asText());
        assertNotNull(created.get("editToken"));
        Shapes.assertFields(Shapes.COMMENT, created, "editToken");
        assertTrue(created.get("editableUntil")
                        .asText()
                        .compareTo(created.get("createdAt").asText())
                > 0);
        JsonNode listed = thread("/posts/anon/").get("content").get(0);
        assertEquals(created.get("id"), listed.get("id"));
        Shapes.assertPageOf(Shapes.COMMENT, thread("/posts/anon/"));
    }

    @Test
    void markdownCannotInjectScripts() {
        JsonNode created = comment(
                null,
                "/posts/xss/",
                "<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://example.com)",
                null);
        String html = created.get("html").asText();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<a href=\"https://example.com\" rel=\""), html);
        assertTrue(html.contains("nofollow") && html.contains("ugc"), html);
    }

    @Test
    void repliesNestUnderTheirParentsOldestFirst() {
        long root = comment(null, "/posts/thread/", "root", null).get("id").asLong();
        long reply = comment(alice, "/posts/thread/", "reply", root).get("id").asLong();
        long nested = comment(bob, "/posts/thread/", "nested", reply).get("id").asLong();
        long second =
                comment(bob, "/posts/thread/", "second reply", root).get("id").asLong();
        JsonNode top = thread("/posts/thread/").get("content").get(0);
        assertEquals(root, top.get("id").asLong());
        assertEquals(reply, top.at("/replies/0/id").asLong());
        assertEquals(second, top.at("/replies/1/id").asLong());
        assertEquals(nested, top.at("/replies/0/replies/0/id").asLong());
        assertEquals(reply, top.at("/replies/0/replies/0/parentId").asLong());
        Shapes.assertFields(Shapes.COMMENT, top.at("/replies/0/replies/0"), "parentId");
    }

    @Test
    void threadsArePagedByRoot() {
        for (int i = 0; i < 3; i++) comment(null, "/posts/paged/", "c" + i, null);
        JsonNode page =
                http.get("/api/comments?path=/posts/paged/&page=1&size=2").json();
        assertEquals(3, page.get("totalElements").asLong());
        assertEquals(1, page.get("content").size());
        assertEquals("<p>c2</p>", page.at("/content/0/html").asText());
    }

    @Test
    void theFirstFormOfTheParametersIsStillAnsweredAndMarkedDeprecated() {
        for (int i = 0; i < 3; i++) comment(null, "/posts/first-form/", "f" + i, null);
        Reply current = http.get("/api/comments?path=/posts/first-form/&page=1&size=2");
        Reply first = http.get("/api/comments?page=/posts/first-form/&p=1&size=2");
        assertEquals(current.json(), first.json());
        assertEquals("<p>f2</p>", first.json().at("/content/0/html").asText());
        assertEquals("true", first.header("Deprecation"));
        assertNull(current.header("Deprecation"));
        Reply counts = http.get("/api/comments/count?page=/posts/first-form/&page=/posts/none/");
        assertEquals(3, counts.json().get("/posts/first-form/").asLong());
        assertEquals(0, counts.json().get("/posts/none/").asLong());
        assertEquals("true", counts.header("Deprecation"));
        assertProblem(http.get("/api/comments?page=2"), 400, "bad-parameter", "path");
    }

    @Test
    void loggedInAuthorsEditTheirOwnOnly() {
        JsonNode created = comment(alice, "/posts/own/", "mine", null);
        assertEquals("alice", created.get("author").asText());
        Shapes.assertFields(Shapes.COMMENT, created);
        long id = created.get("id").asLong();
        assertProblem(http.put("/api/comments/" + id, json(Map.of("text", "bob's now")), bob), 403, "forbidden");
        Reply edited = http.put("/api/comments/" + id, json(Map.of("text", "mine, *edited*")), alice);
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("<p>mine, <em>edited</em></p>", edited.json().get("html").asText());
        Shapes.assertFields(Shapes.COMMENT, edited.json());
    }

    @Test
    void anonymousAuthorsProveOwnershipWithTheirToken() {
        JsonNode created = comment(null, "/posts/token/", "anon", null);
        long id = created.get("id").asLong();
        String token = created.get("editToken").asText();
        String edit = json(Map.of("text", "changed"));
        assertProblem(withEditToken("PUT", id, edit, null), 401, "unauthorized");
        assertProblem(withEditToken("PUT", id, edit, "wrong-token"), 403, "forbidden");
        assertProblem(http.put("/api/comments/" + id, edit, alice), 403, "forbidden");
        assertEquals(200, withEditToken("PUT", id, edit, token).status());
        assertEquals(204, withEditToken("DELETE", id, "", token).status());
        assertEquals(
                0,
                thread("/posts/token/").get("totalElements").asLong(),
                "a deleted comment without replies is not counted");
        assertEquals(
                1,
                api.database().queryLong("SELECT COUNT(*) FROM comments WHERE id = " + id + " AND status = 'DELETED'"),
                "deleting keeps the row for moderators, marked deleted");
        assertProblem(withEditToken("PUT", id, edit, token), 404, "not-found");
    }

    @Test
    void deletedCommentsWithRepliesStayAsEmptyPlaceholders() {
        JsonNode root = comment(null, "/posts/placeholder/", "to delete", null);
        comment(alice, "/posts/placeholder/", "answer", root.get("id").asLong());
        assertEquals(
                204,
                withEditToken(
                                "DELETE",
                                root.get("id").asLong(),
                                "",
                                root.get("editToken").asText())
                        .status());
        JsonNode top = thread("/posts/placeholder/").get("content").get(0);
        assertEquals("deleted", top.get("status").asText());
        assertEquals("", top.get("html").asText());
        assertEquals("<p>answer</p>", top.at("/replies/0/html").asText());
    }

    @Test
    void countsCoverEveryRequestedPage() {
        comment(null, "/posts/count-a/", "one", null);
        comment(null, "/posts/count-a/", "two", null);
        JsonNode counts = http.get("/api/comments/count?path=/posts/count-a/&path=/posts/count-none/")
                .json();
        assertEquals(2, counts.get("/posts/count-a/").asLong());
        assertEquals(0, counts.get("/posts/count-none/").asLong());
        assertProblem(http.get("/api/comments/count"), 400, "bad-parameter", "path");
    }

    @Test
    void feedIsAtomWithRecentComments() {
        long id = comment(null, "/posts/feed/", "in the *feed*", null).get("id").asLong();
        Reply feed = http.get("/api/comments/feed");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), feed.body());
        assertTrue(feed.body().contains("/posts/feed/#comment-" + id));
        assertTrue(feed.body().contains("&lt;em&gt;feed&lt;/em&gt;"));
    }

    @Test
    void badCommentsAreRefusedByFieldAndStoreNothing() {
        long before = api.database().count("comments");
        assertProblem(
                http.post(
                        "/api/comments",
                        json(Map.of("page", "/p/", "text", "hi", "author", "bot", "website", "http://spam")),
                        null),
                400,
                "validation",
                "website");
        assertProblem(
                http.post("/api/comments", json(Map.of("page", "https://evil/p", "text", "hi", "author", "a")), null),
                400,
                "validation",
                "page");
        assertProblem(
                http.post("/api/comments", json(Map.of("page", "/p/", "text", " ", "author", "a")), null),
                400,
                "validation",
                "text");
        assertProblem(
                http.post("/api/comments", json(Map.of("page", "/p/", "text", "x".repeat(5001), "author", "a")), null),
                400,
                "validation",
                "text");
        assertProblem(
                http.post("/api/comments", json(Map.of("page", "/p/", "text", "hi")), null),
                400,
                "validation",
                "author");
        assertProblem(
                http.post(
                        "/api/comments",
                        json(Map.of("page", "/p/", "text", "hi", "author", "a", "parentId", 999999)),
                        null),
                400,
                "validation",
                "parentId");
        assertProblem(
                http.post(
                        "/api/comments",
                        json(Map.of("page", "/p/", "text", "hi", "author", "a", "parentId", "one")),
                        null),
                400,
                "validation",
                "parentId");
        assertProblem(
                http.post(
                        "/api/comments",
                        json(Map.of("page", "/p/", "text", "hi", "author", "a", "status", "approved")),
                        null),
                400,
                "validation",
                "status");
        assertEquals(before, api.database().count("comments"));
    }

    @Test
    void repliesMustStayOnTheirParentsPage() {
        long parent = comment(null, "/posts/one/", "here", null).get("id").asLong();
        long before = api.database().count("comments");
        assertProblem(
                http.post(
                        "/api/comments",
                        json(Map.of("page", "/posts/two/", "text", "there", "author", "a", "parentId", parent)),
                        null),
                400,
                "validation",
                "parentId");
        assertEquals(before, api.database().count("comments"));
    }

    @Test
    void moderationNeedsAnAdmin() {
        assertProblem(http.get("/api/admin/comments"), 401, "unauthorized");
        assertProblem(http.get("/api/admin/comments", alice), 403, "forbidden");
        assertEquals(
                200,
                http.get("/api/admin/comments?status=approved", api.adminToken())
                        .status());
        assertProblem(http.get("/api/admin/comments?status=spam", api.adminToken()), 400, "bad-parameter", "status");
    }
}
