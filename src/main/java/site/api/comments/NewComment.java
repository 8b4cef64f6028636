package site.api.comments;

/**
 * The body of {@code POST /api/comments}. {@code website} is a honeypot: the form hides it, so only bots fill it.
 */
public record NewComment(String page, String author, String text, Long parentId, String website) {}
