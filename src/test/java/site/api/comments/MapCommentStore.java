package site.api.comments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Comments in a map, answering as the store contract says, for testing the service above it. */
final class MapCommentStore implements CommentStore {
    final Map<Long, Comment> comments = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Comment insert(CommentDraft d) {
        Comment c = new Comment(
                nextId++,
                d.page(),
                d.parentId(),
                d.rootId(),
                d.userId(),
                d.author(),
                d.text(),
                d.html(),
                d.status(),
                d.editTokenHash(),
                d.createdAt(),
                0);
        comments.put(c.id(), c);
        return c;
    }

    @Override
    public Optional<Comment> find(long id) {
        return Optional.ofNullable(comments.get(id));
    }

    @Override
    public ResultPage<Comment> visibleRoots(String page, PageRequest request) {
        List<Comment> roots = comments.values().stream()
                .filter(c -> c.page().equals(page) && c.rootId() == null)
                .filter(c -> c.status() == CommentStatus.APPROVED
                        || (c.status() == CommentStatus.DELETED
                                && comments.values().stream()
                                        .anyMatch(r ->
                                                c.id() == orZero(r.rootId()) && r.status() == CommentStatus.APPROVED)))
                .toList();
        int from = Math.min(roots.size(), request.page() * request.size());
        return ResultPage.of(roots.subList(from, Math.min(roots.size(), from + request.size())), roots.size(), request);
    }

    @Override
    public List<Comment> replies(Collection<Long> rootIds, Collection<CommentStatus> statuses) {
        return comments.values().stream()
                .filter(c -> c.rootId() != null && rootIds.contains(c.rootId()) && statuses.contains(c.status()))
                .toList();
    }

    @Override
    public Map<String, Long> countApproved(Collection<String> pages) {
        return comments.values().stream()
                .filter(c -> c.status() == CommentStatus.APPROVED && pages.contains(c.page()))
                .collect(Collectors.groupingBy(Comment::page, Collectors.counting()));
    }

    @Override
    public boolean updateText(long id, String text, String html, Long expectedVersion) {
        Comment c = comments.get(id);
        if (c == null || (expectedVersion != null && expectedVersion != c.version())) return false;
        comments.put(
                id,
                new Comment(
                        id,
                        c.page(),
                        c.parentId(),
                        c.rootId(),
                        c.userId(),
                        c.author(),
                        text,
                        html,
                        c.status(),
                        c.editTokenHash(),
                        c.createdAt(),
                        c.version() + 1));
        return true;
    }

    @Override
    public boolean setStatus(long id, CommentStatus status, Long expectedVersion) {
        Comment c = comments.get(id);
        if (c == null || (expectedVersion != null && expectedVersion != c.version())) return false;
        comments.put(
                id,
                new Comment(
                        id,
                        c.page(),
                        c.parentId(),
                        c.rootId(),
                        c.userId(),
                        c.author(),
                        c.text(),
                        c.html(),
                        status,
                        c.editTokenHash(),
                        c.createdAt(),
                        c.version() + 1));
        return true;
    }

    @Override
    public ResultPage<Comment> byStatus(CommentStatus status, PageRequest request) {
        List<Comment> all = new ArrayList<>(
                comments.values().stream().filter(c -> c.status() == status).toList());
        all.sort(Comparator.comparing(Comment::createdAt).reversed());
        int from = Math.min(all.size(), request.page() * request.size());
        return ResultPage.of(all.subList(from, Math.min(all.size(), from + request.size())), all.size(), request);
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
