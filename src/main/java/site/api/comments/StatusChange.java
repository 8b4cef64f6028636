package site.api.comments;

/** The body of the moderation call: the new status. */
public record StatusChange(CommentStatus status) {}
