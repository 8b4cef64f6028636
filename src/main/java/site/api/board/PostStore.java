package site.api.board;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Posts as the board needs them. Lists are newest first. */
public interface PostStore {
    ResultPage<Post> list(PageRequest page);

    Optional<Post> find(long id);

    /**
     * Adds {@code views.get(id)} views to each post in one atomic statement, and returns the posts that exist as
     * read after it (their counts may include other replicas' views since).
     */
    Map<Long, Post> addViews(SortedMap<Long, Integer> views);

    Post create(PostDraft draft, Long ownerId);

    /**
     * Sets the edit's fields and moves the version, in one atomic write; empty when the post is gone or, with
     * {@code expectedVersion} not null, no longer at that version.
     */
    Optional<Post> update(long id, PostEdit edit, Long expectedVersion);

    /** False when the post is gone or, with {@code expectedVersion} not null, no longer at that version. */
    boolean delete(long id, Long expectedVersion);

    /** Posts whose title or content contains {@code keyword}, ignoring case. */
    ResultPage<Post> search(String keyword, PageRequest page);

    /** Rebuilds the search index of every post (after importing posts with SQL); returns how many were indexed. */
    int reindex();
}
