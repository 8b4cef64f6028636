package bench.springwas.post;

import java.time.LocalDateTime;

public record PostResponse(Long id, String title, String content, String author, long viewCount,
                           LocalDateTime createdAt) {

    public static PostResponse from(Post post) {
        return new PostResponse(post.getId(), post.getTitle(), post.getContent(), post.getAuthor(),
                post.getViewCount(), post.getCreatedAt());
    }
}
