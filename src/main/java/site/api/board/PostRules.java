package site.api.board;

import java.util.ArrayList;
import java.util.List;
import site.api.http.ApiException;
import site.api.http.FieldError;
import site.api.http.StoredText;

/** The Spring WAS's validation rules: title 1..200, author up to 50 (default "익명"), content bounded. */
final class PostRules {
    static final String DEFAULT_AUTHOR = "익명";
    static final int MAX_TITLE = 200;
    static final int MAX_AUTHOR = 50;
    static final int MAX_CONTENT = 20_000;

    private PostRules() {}

    static PostDraft forCreate(PostRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.title() == null || request.title().isBlank()) errors.add(new FieldError("title", "is required"));
        check(request, errors);
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
        return new PostDraft(request.title(), orEmpty(request.content()), authorOrDefault(request.author()));
    }

    /**
     * A partial update: absent fields keep their stored value (the store sets only the present ones, in one
     * statement, so concurrent edits of different fields both land); a present title must not be blank.
     */
    static PostEdit forUpdate(PostRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.title() != null && request.title().isBlank())
            errors.add(new FieldError("title", "must not be blank"));
        check(request, errors);
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
        return new PostEdit(
                request.title(),
                request.content(),
                request.author() != null ? authorOrDefault(request.author()) : null);
    }

    private static void check(PostRequest request, List<FieldError> errors) {
        StoredText.check("title", request.title(), MAX_TITLE, errors);
        StoredText.check("author", request.author(), MAX_AUTHOR, errors);
        StoredText.check("content", request.content(), MAX_CONTENT, errors);
    }

    private static String authorOrDefault(String author) {
        return author == null || author.isBlank() ? DEFAULT_AUTHOR : author;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
