package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact field sets of the API's JSON responses: a field that leaks (a post's owner, a user's hash) or goes
 * missing fails the test that reads the response, not only the one that looks for it.
 */
final class Shapes {
    static final List<String> POST = List.of("id", "title", "content", "author", "viewCount", "createdAt");
    static final List<String> PAGE = List.of(
            "content", "totalElements", "totalPages", "number", "size", "numberOfElements", "first", "last", "empty");
    /** A comment as listed; {@code parentId} only on replies and {@code editToken} only when created anonymously. */
    static final List<String> COMMENT =
            List.of("id", "page", "author", "html", "createdAt", "editableUntil", "status", "replies");

    static final List<String> ACCOUNT = List.of("id", "username", "role");
    static final List<String> TOKEN = List.of("token", "expiresAt");
    static final List<String> STATUS = List.of("status");

    private Shapes() {}

    static void assertFields(List<String> expected, JsonNode node, String... extra) {
        Set<String> want = new TreeSet<>(expected);
        want.addAll(List.of(extra));
        Set<String> got = new TreeSet<>();
        node.fieldNames().forEachRemaining(got::add);
        assertEquals(want, got, () -> "fields of " + node);
    }

    /** A page and each of its entries, which have the given shape. */
    static void assertPageOf(List<String> entry, JsonNode page) {
        assertFields(PAGE, page);
        for (JsonNode item : page.get("content")) assertFields(entry, item, item.has("parentId") ? "parentId" : "id");
    }
}
