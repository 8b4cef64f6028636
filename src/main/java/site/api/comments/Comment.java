package site.api.comments;

import java.time.Instant;

/**
 * A stored comment. {@code rootId} is the thread's first comment (null for that one); {@code userId} is null
 * for anonymous authors, who prove ownership with the edit token whose hash is kept here. {@code version} moves on
 * every edit and status change (the ETag).
 */
public record Comment(
        long id,
        String page,
        Long parentId,
        Long rootId,
        Long userId,
        String author,
        String text,
        String html,
        CommentStatus status,
        String editTokenHash,
        Instant createdAt,
        long version) {}
