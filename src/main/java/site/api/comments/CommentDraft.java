package site.api.comments;

import java.time.Instant;

/** A validated, rendered comment ready to insert. */
public record CommentDraft(
        String page,
        Long parentId,
        Long rootId,
        Long userId,
        String author,
        String text,
        String html,
        CommentStatus status,
        String editTokenHash,
        Instant createdAt) {}
