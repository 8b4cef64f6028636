package site.api.board;

import java.util.Optional;
import site.api.paging.Page;
import site.api.paging.PageRequest;

/** Posts as the board needs them. Lists are newest first. */
public interface PostStore {
    Page<Post> list(PageRequest page);

    Optional<Post> find(long id);

    /** Adds one view atomically and returns the post as read after that view. */
    Optional<Post> view(long id);

    Post create(PostDraft draft, Long ownerId);

    /** Replaces the editable fields; empty when the post is gone. */
    Optional<Post> update(long id, PostDraft draft);

    boolean delete(long id);

    /** Posts whose title or content contains {@code keyword}, ignoring case. */
    Page<Post> search(String keyword, PageRequest page);

    /** Rebuilds the search index of every post (after importing posts with SQL); returns how many were indexed. */
    int reindex();
}
