package site.api.board;

/** The body of {@code POST} (title required) and {@code PUT} (every field optional: a partial update). */
public record PostRequest(String title, String content, String author) {}
