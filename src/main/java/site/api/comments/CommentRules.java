package site.api.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import site.api.auth.Caller;
import site.api.http.ApiException;
import site.api.http.FieldError;
import site.api.http.StoredText;

/** What a new comment or an edit must look like. */
final class CommentRules {
    static final int MAX_TEXT = 5_000;
    static final int MAX_AUTHOR = 50;
    static final int MAX_PAGE = 300;
    /**
     * A site path such as /posts/hello/: one leading slash (so never a scheme, and never "//host", which browsers
     * and feed readers resolve to another site), no query, fragment, backslash or whitespace.
     */
    static final Pattern PAGE = Pattern.compile("/(?![/\\\\])[^\\s?#\\\\]*");

    private CommentRules() {}

    /** Checks a new comment's own fields and returns the author name to store. */
    static String checkNew(NewComment comment, Optional<Caller> caller) {
        List<FieldError> errors = new ArrayList<>();
        if (comment.website() != null && !comment.website().isEmpty())
            errors.add(new FieldError("website", "must be empty"));
        int pageErrors = errors.size();
        StoredText.check("page", comment.page(), MAX_PAGE, errors);
        if (errors.size() == pageErrors
                && (comment.page() == null || !PAGE.matcher(comment.page()).matches())) {
            errors.add(new FieldError("page", "must be a site path like /posts/hello/: one leading slash, no host"));
        }
        checkText(comment.text(), errors);
        String author = comment.author() == null || comment.author().isBlank()
                ? caller.map(Caller::username).orElse(null)
                : comment.author().strip();
        if (author == null) errors.add(new FieldError("author", "is required without logging in"));
        else StoredText.check("author", author, MAX_AUTHOR, errors);
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
        else StoredText.check("text", text, MAX_TEXT, errors);
    }
}
