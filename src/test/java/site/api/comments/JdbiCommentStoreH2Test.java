package site.api.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/** The comments' SQL on embedded H2, migrated as in production; the contract ITs run it on MariaDB too. */
class JdbiCommentStoreH2Test {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123456Z");
    final Database database = Database.open(
            DatabaseConfig.h2Memory("comments_" + UUID.randomUUID().toString().replace("-", "")),
            new SimpleMeterRegistry());
    final JdbiCommentStore store;

    JdbiCommentStoreH2Test() {
        Migrations.run(database.dataSource());
        store = new JdbiCommentStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    Comment add(String page, Long parent, Long root, CommentStatus status, int second) {
        return store.insert(new CommentDraft(
                page, parent, root, null, "a", "t" + second, "<p>t</p>", status, "hash", T0.plusSeconds(second)));
    }

    static List<Long> ids(List<Comment> comments) {
        return comments.stream().map(Comment::id).toList();
    }

    @Test
    void anInsertedCommentReadsBackAsInserted() {
        Comment c = add("/p/", null, null, CommentStatus.PENDING, 1);
        assertEquals(Optional.of(c), store.find(c.id()));
        assertEquals(Optional.empty(), store.find(c.id() + 100));
    }

    @Test
    void visibleRootsAreApprovedOrDeletedWithAnApprovedReplyPagedInOrder() {
        Comment approved = add("/p/", null, null, CommentStatus.APPROVED, 1);
        Comment deletedWithReply = add("/p/", null, null, CommentStatus.DELETED, 2);
        add("/p/", deletedWithReply.id(), deletedWithReply.id(), CommentStatus.APPROVED, 3);
        Comment deletedAlone = add("/p/", null, null, CommentStatus.DELETED, 4);
        add("/p/", deletedAlone.id(), deletedAlone.id(), CommentStatus.PENDING, 5);
        add("/p/", null, null, CommentStatus.PENDING, 6);
        Comment other = add("/q/", null, null, CommentStatus.APPROVED, 7);
        ResultPage<Comment> first = store.visibleRoots("/p/", new PageRequest(0, 1));
        assertEquals(2, first.totalElements());
        assertEquals(List.of(approved.id()), ids(first.content()));
        assertEquals(
                List.of(deletedWithReply.id()),
                ids(store.visibleRoots("/p/", new PageRequest(1, 1)).content()));
        assertEquals(
                List.of(other.id()),
                ids(store.visibleRoots("/q/", new PageRequest(0, 5)).content()));
    }

    @Test
    void repliesAreThoseOfTheGivenThreadsAndStatusesOldestFirst() {
        Comment root = add("/p/", null, null, CommentStatus.APPROVED, 1);
        Comment a = add("/p/", root.id(), root.id(), CommentStatus.APPROVED, 2);
        add("/p/", root.id(), root.id(), CommentStatus.PENDING, 3);
        Comment b = add("/p/", a.id(), root.id(), CommentStatus.DELETED, 4);
        Comment otherRoot = add("/p/", null, null, CommentStatus.APPROVED, 5);
        add("/p/", otherRoot.id(), otherRoot.id(), CommentStatus.APPROVED, 6);
        assertEquals(
                List.of(a.id(), b.id()),
                ids(store.replies(List.of(root.id()), Set.of(CommentStatus.APPROVED, CommentStatus.DELETED))));
        assertEquals(List.of(), store.replies(List.of(), Set.of(CommentStatus.APPROVED)));
    }

    @Test
    void approvedCommentsAreCountedPerAskedPage() {
        add("/p/", null, null, CommentStatus.APPROVED, 1);
        add("/p/", null, null, CommentStatus.APPROVED, 2);
        add("/p/", null, null, CommentStatus.PENDING, 3);
        add("/q/", null, null, CommentStatus.APPROVED, 4);
        add("/r/", null, null, CommentStatus.APPROVED, 5);
        assertEquals(Map.of("/p/", 2L, "/q/", 1L), store.countApproved(List.of("/p/", "/q/", "/none/")));
        assertEquals(Map.of(), store.countApproved(List.of()));
    }

    @Test
    void changesMoveTheVersionAndHonourTheExpectedOne() {
        Comment c = add("/p/", null, null, CommentStatus.APPROVED, 1);
        assertFalse(store.updateText(c.id(), "x", "<p>x</p>", 5L));
        assertTrue(store.updateText(c.id(), "x", "<p>x</p>", 0L));
        Comment edited = store.find(c.id()).orElseThrow();
        assertEquals("x", edited.text());
        assertEquals("<p>x</p>", edited.html());
        assertEquals(1, edited.version());
        assertTrue(store.setStatus(c.id(), CommentStatus.DELETED, null));
        assertEquals(CommentStatus.DELETED, store.find(c.id()).orElseThrow().status());
        assertEquals(2, store.find(c.id()).orElseThrow().version());
        assertFalse(store.setStatus(c.id() + 100, CommentStatus.APPROVED, null));
        assertFalse(store.setStatus(c.id(), CommentStatus.APPROVED, 1L));
    }

    @Test
    void byStatusIsNewestFirstAndPaged() {
        Comment older = add("/p/", null, null, CommentStatus.PENDING, 1);
        add("/p/", null, null, CommentStatus.APPROVED, 2);
        Comment newer = add("/p/", null, null, CommentStatus.PENDING, 3);
        ResultPage<Comment> first = store.byStatus(CommentStatus.PENDING, new PageRequest(0, 1));
        assertEquals(2, first.totalElements());
        assertEquals(List.of(newer.id()), ids(first.content()));
        assertEquals(
                List.of(older.id()),
                ids(store.byStatus(CommentStatus.PENDING, new PageRequest(1, 1)).content()));
    }
}
