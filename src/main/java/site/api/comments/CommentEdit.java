package site.api.comments;

/** The body of {@code PUT /api/comments/{id}}: the new Markdown text. */
public record CommentEdit(String text) {}
