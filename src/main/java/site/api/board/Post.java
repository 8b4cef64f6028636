package site.api.board;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;

/**
 * A board post, in the Spring WAS's JSON shape; {@code createdAt} is UTC wall-clock time like its LocalDateTime.
 * {@code ownerId} is the account that wrote it (null for posts that predate accounts) and is not shown;
 * {@code version} moves on every edit (not on views) and is shown only as the ETag header.
 */
@JsonPropertyOrder({"id", "title", "content", "author", "viewCount", "createdAt"})
public record Post(
        long id,
        String title,
        String content,
        String author,
        long viewCount,
        LocalDateTime createdAt,
        @JsonIgnore Long ownerId,
        @JsonIgnore long version) {

    public Post withViewCount(long count) {
        return new Post(id, title, content, author, count, createdAt, ownerId, version);
    }
}
