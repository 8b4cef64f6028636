package site.api.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import site.api.auth.Caller;
import site.api.auth.Role;
import site.api.http.ApiException;
import site.api.http.FieldError;

/** What a new comment must look like, the edit token's hash and the status names the API speaks. */
class CommentRulesTest {
    static List<String> fields(NewComment comment) {
        ApiException e = assertThrows(ApiException.class, () -> CommentRules.checkNew(comment, Optional.empty()));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void pagesAreSitePathsWithOneLeadingSlash() {
        assertEquals("a", CommentRules.checkNew(new NewComment("/posts/hello/", "a", "t", null, ""), Optional.empty()));
        for (String page : new String[] {"posts/", "//evil.example/", "/\\evil", "/a b/", "/a?x", "/a#x", null}) {
            assertEquals(List.of("page"), fields(new NewComment(page, "a", "t", null, null)), page);
        }
        assertEquals(
                List.of("page"), fields(new NewComment("/" + "p".repeat(CommentRules.MAX_PAGE), "a", "t", null, null)));
    }

    @Test
    void theHoneypotTextAndAuthorAreChecked() {
        assertEquals(List.of("website"), fields(new NewComment("/p/", "a", "t", null, "http://spam")));
        assertEquals(List.of("text"), fields(new NewComment("/p/", "a", "  ", null, null)));
        assertEquals(
                List.of("text"), fields(new NewComment("/p/", "a", "x".repeat(CommentRules.MAX_TEXT + 1), null, null)));
        assertEquals(List.of("author"), fields(new NewComment("/p/", " ", "t", null, null)));
        assertEquals(
                List.of("author"),
                fields(new NewComment("/p/", "a".repeat(CommentRules.MAX_AUTHOR + 1), "t", null, null)));
        assertEquals(
                "a".repeat(CommentRules.MAX_AUTHOR),
                CommentRules.checkNew(
                        new NewComment(
                                "/p/",
                                "a".repeat(CommentRules.MAX_AUTHOR),
                                "x".repeat(CommentRules.MAX_TEXT),
                                null,
                                null),
                        Optional.empty()));
        assertEquals(
                "ann",
                CommentRules.checkNew(
                        new NewComment("/p/", "", "t", null, null), Optional.of(new Caller(1, "ann", Role.USER))),
                "a blank author is the caller's name");
        assertThrows(ApiException.class, () -> CommentRules.checkEdit(new CommentEdit(null)));
    }

    @Test
    void editTokensAreRandomAndMatchOnlyTheirOwnHash() {
        EditTokens tokens = new EditTokens();
        String token = tokens.create();
        assertEquals(32, token.length(), "24 random bytes in unpadded base64url");
        assertFalse(token.equals(tokens.create()));
        String hash = EditTokens.hash(token);
        assertEquals(64, hash.length());
        assertTrue(EditTokens.matches(token, hash));
        assertFalse(EditTokens.matches(token + "x", hash));
        assertFalse(EditTokens.matches(null, hash));
        assertFalse(EditTokens.matches(token, null));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", EditTokens.hash(""));
    }

    @Test
    void statusesAreLowerCaseNamesAndAnythingElseIsNull() {
        assertEquals("approved", CommentStatus.APPROVED.json());
        assertEquals(CommentStatus.PENDING, CommentStatus.parse("pending"));
        assertEquals(CommentStatus.DELETED, CommentStatus.parse("deleted"));
        assertNull(CommentStatus.parse("APPROVED"));
        assertNull(CommentStatus.parse(null));
    }
}
