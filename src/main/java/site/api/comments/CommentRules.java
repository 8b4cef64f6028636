package site.api.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import site.api.auth.Caller;
import site.api.http.ApiException;
import site.api.http.FieldError;

/** What a new comment or an edit must look like. */
final class CommentRules {
    static final int MAX_TEXT = 5_000;
    static final int MAX_AUTHOR = 50;
    /** A site path such as /posts/hello/: no scheme, host, query, fragment or whitespace. */
    static final Pattern PAGE = Pattern.compile("/[^\\s?#\\\\]{0,299}");

    private CommentRules() {}

    /** Checks a new comment's own fields and returns the author name to store. */
    static String checkNew(NewComment comment, Optional<Caller> caller) {
        List<FieldError> errors = new ArrayList<>();
        if (comment.website() != null && !comment.website().isEmpty()) errors.add(new FieldError("website", "must be empty"));
        if (comment.page() == null || !PAGE.matcher(comment.page()).matches()) {
            errors.add(new FieldError("page", "must be a site path like /posts/hello/ (at most 300 characters)"));
        }
        checkText(comment.text(), errors);
        String author = comment.author() == null || comment.author().isBlank()
                ? caller.map(Caller::username).orElse(null) : comment.author().strip();
        if (author == null) errors.add(new FieldError("author", "is required without logging in"));
        else if (author.length() > MAX_AUTHOR) errors.add(new FieldError("author", "must be at most " + MAX_AUTHOR + " characters"));
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
        return author;
    }

    static void checkEdit(CommentEdit edit) {
        List<FieldError> errors = new ArrayList<>();
        checkText(edit.text(), errors);
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
    }

    static ApiException badParent(String message) {
        return ApiException.invalid("parentId", message);
    }

    private static void checkText(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) errors.add(new FieldError("text", "is required"));
        else if (text.length() > MAX_TEXT) errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
    }
}
