package site.api.comments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A comment as the API shows it: rendered, sanitized HTML instead of the source, and replies nested.
 * {@code editToken} appears once, in the response that created an anonymous comment; {@code version} only as
 * the ETag header.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentResponse(
        long id,
        String page,
        Long parentId,
        String author,
        String html,
        Instant createdAt,
        Instant editableUntil,
        CommentStatus status,
        List<CommentResponse> replies,
        String editToken,
        @JsonIgnore long version) {

    static CommentResponse of(Comment comment, java.time.Duration editWindow, List<CommentResponse> replies) {
        boolean deleted = comment.status() == CommentStatus.DELETED;
        return new CommentResponse(
                comment.id(),
                comment.page(),
                comment.parentId(),
                deleted ? "" : comment.author(),
                deleted ? "" : comment.html(),
                comment.createdAt(),
                comment.createdAt().plus(editWindow),
                comment.status(),
                replies,
                null,
                comment.version());
    }

    CommentResponse withEditToken(String token) {
        return new CommentResponse(
                id, page, parentId, author, html, createdAt, editableUntil, status, replies, token, version);
    }
}
