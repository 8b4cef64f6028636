package site.api.comments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import site.api.paging.Page;
import site.api.paging.PageRequest;

/** Comments as the comment service needs them; every query here has an index (see V2__comments.sql). */
public interface CommentStore {
    Comment insert(CommentDraft draft);

    Optional<Comment> find(long id);

    /** A page of a page's thread roots with one of {@code statuses}, oldest first. */
    Page<Comment> roots(String page, Collection<CommentStatus> statuses, PageRequest request);

    /** Every reply in the given threads with one of {@code statuses}, oldest first. */
    List<Comment> replies(Collection<Long> rootIds, Collection<CommentStatus> statuses);

    /** Approved comments per page, for the pages given (pages without any are absent). */
    Map<String, Long> countApproved(Collection<String> pages);

    void updateText(long id, String text, String html);

    void setStatus(long id, CommentStatus status);

    /** Newest first, for moderation and the feed. */
    Page<Comment> byStatus(CommentStatus status, PageRequest request);
}
