package site.api.comments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Comments as the comment service needs them; every query here has an index (see V2__comments.sql). */
public interface CommentStore {
    Comment insert(CommentDraft draft);

    Optional<Comment> find(long id);

    /**
     * A page of a page's visible thread roots, oldest first: approved ones, and deleted ones that still have an
     * approved reply (shown as a placeholder), so the count and the pages agree with what a thread shows.
     */
    ResultPage<Comment> visibleRoots(String page, PageRequest request);

    /** Every reply in the given threads with one of {@code statuses}, oldest first. */
    List<Comment> replies(Collection<Long> rootIds, Collection<CommentStatus> statuses);

    /** Approved comments per page, for the pages given (pages without any are absent). */
    Map<String, Long> countApproved(Collection<String> pages);

    /**
     * Sets the text and moves the version; false when the comment is gone or, with {@code expectedVersion} not
     * null, no longer at that version.
     */
    boolean updateText(long id, String text, String html, Long expectedVersion);

    /** Sets the status and moves the version; false as for {@link #updateText}. */
    boolean setStatus(long id, CommentStatus status, Long expectedVersion);

    /** Newest first, for moderation and the feed. */
    ResultPage<Comment> byStatus(CommentStatus status, PageRequest request);
}
