package site.api.comments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Nests replies under their parents, oldest first, dropping deleted comments that have no visible replies. */
final class Threads {
    private Threads() {}

    static List<CommentResponse> nest(List<Comment> roots, List<Comment> replies, Duration editWindow) {
        Map<Long, List<Comment>> children = new HashMap<>();
        for (Comment reply : replies)
            children.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
        List<CommentResponse> views = new ArrayList<>();
        for (Comment root : roots) {
            CommentResponse view = view(root, children, editWindow);
            if (view != null) views.add(view);
        }
        return views;
    }

    private static CommentResponse view(Comment comment, Map<Long, List<Comment>> children, Duration editWindow) {
        List<CommentResponse> replies = new ArrayList<>();
        for (Comment child : children.getOrDefault(comment.id(), List.of())) {
            CommentResponse view = view(child, children, editWindow);
            if (view != null) replies.add(view);
        }
        if (comment.status() == CommentStatus.DELETED && replies.isEmpty()) return null;
        return CommentResponse.of(comment, editWindow, replies);
    }
}
