package site.api.board;

import java.util.ArrayList;
import java.util.List;
import site.api.http.ApiException;
import site.api.http.FieldError;

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

    /** Applies a partial update: absent fields keep their value; a present title must not be blank. */
    static PostDraft forUpdate(Post current, PostRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.title() != null && request.title().isBlank()) errors.add(new FieldError("title", "must not be blank"));
        check(request, errors);
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
        return new PostDraft(
                request.title() != null ? request.title() : current.title(),
                request.content() != null ? request.content() : current.content(),
                request.author() != null ? authorOrDefault(request.author()) : current.author());
    }

    private static void check(PostRequest request, List<FieldError> errors) {
        tooLong("title", request.title(), MAX_TITLE, errors);
        tooLong("author", request.author(), MAX_AUTHOR, errors);
        tooLong("content", request.content(), MAX_CONTENT, errors);
    }

    private static void tooLong(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }

    private static String authorOrDefault(String author) {
        return author == null || author.isBlank() ? DEFAULT_AUTHOR : author;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
