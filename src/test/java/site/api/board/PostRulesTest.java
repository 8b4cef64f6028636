package site.api.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;
import site.api.http.FieldError;

/** The length and text limits of posts, at their edges, on create and on a partial update. */
class PostRulesTest {
    static List<String> createErrors(PostRequest request) {
        return assertThrows(ApiException.class, () -> PostRules.forCreate(request)).errors().stream()
                .map(FieldError::field)
                .toList();
    }

    static List<String> updateErrors(PostRequest request) {
        return assertThrows(ApiException.class, () -> PostRules.forUpdate(request)).errors().stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void eachFieldIsBoundedOnCreateAndUpdate() {
        String title = "t".repeat(PostRules.MAX_TITLE);
        String author = "a".repeat(PostRules.MAX_AUTHOR);
        String content = "c".repeat(PostRules.MAX_CONTENT);
        assertEquals(
                new PostDraft(title, content, author), PostRules.forCreate(new PostRequest(title, content, author)));
        assertEquals(List.of("title"), createErrors(new PostRequest(title + "t", null, null)));
        assertEquals(List.of("author"), createErrors(new PostRequest("t", null, author + "a")));
        assertEquals(List.of("content"), createErrors(new PostRequest("t", content + "c", null)));
        assertEquals(List.of("title"), updateErrors(new PostRequest(title + "t", null, null)));
        assertEquals(List.of("author"), updateErrors(new PostRequest(null, null, author + "a")));
        assertEquals(List.of("content"), updateErrors(new PostRequest(null, content + "c", null)));
    }

    @Test
    void controlCharactersAreRefusedInEveryField() {
        assertEquals(
                List.of("title", "author", "content"), createErrors(new PostRequest("a\u0000", "c\u0001", "b\u0002")));
    }

    @Test
    void anUpdateSetsOnlyWhatItCarriesAndABlankAuthorIsTheDefault() {
        PostEdit edit = PostRules.forUpdate(new PostRequest(null, null, " "));
        assertEquals(new PostEdit(null, null, PostRules.DEFAULT_AUTHOR), edit);
        assertFalse(edit.changesText(), "an author change leaves the search index alone");
        assertTrue(PostRules.forUpdate(new PostRequest("t", null, null)).changesText());
        assertTrue(PostRules.forUpdate(new PostRequest(null, "c", null)).changesText());
        assertEquals(new PostEdit(null, null, null), PostRules.forUpdate(new PostRequest(null, null, null)));
        assertEquals(List.of("title"), createErrors(new PostRequest(null, "c", "a")));
    }
}
