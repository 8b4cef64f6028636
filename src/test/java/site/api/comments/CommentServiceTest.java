package site.api.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import site.api.auth.Caller;
import site.api.auth.Role;
import site.api.comments.CommentService.Owner;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.IfMatch;
import site.api.paging.PageRequest;

/** Comment rules over comments in memory, at a clock the test moves. */
class CommentServiceTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123456789Z");
    static final Optional<Caller> ANONYMOUS = Optional.empty();
    static final Optional<Caller> ANN = Optional.of(new Caller(1, "ann", Role.USER));
    static final Optional<Caller> BOB = Optional.of(new Caller(2, "bob", Role.USER));
    static final Optional<Caller> ADMIN = Optional.of(new Caller(3, "root", Role.ADMIN));
    final MapCommentStore store = new MapCommentStore();
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    CommentsConfig config = CommentsConfig.defaults();

    CommentService service() {
        return new CommentService(store, config, clock);
    }

    static NewComment comment(String page, String author, String text, Long parent) {
        return new NewComment(page, author, text, parent, null);
    }

    @Test
    void anAnonymousCommentGetsAnEditTokenWhoseHashIsStored() {
        CommentResponse view = service().create(comment("/posts/a/", " Guest ", "*hi*", null), ANONYMOUS);
        assertNotNull(view.editToken());
        Comment stored = store.find(view.id()).orElseThrow();
        assertEquals("Guest", stored.author(), "the author is stripped");
        assertEquals(EditTokens.hash(view.editToken()), stored.editTokenHash());
        assertNull(stored.userId());
        assertTrue(view.html().contains("<em>hi</em>"), view.html());
        assertEquals(CommentStatus.APPROVED, view.status());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), stored.createdAt());
        assertEquals(stored.createdAt().plus(Duration.ofMinutes(15)), view.editableUntil());
    }

    @Test
    void aLoggedInAuthorIsTheirUsernameAndGetsNoToken() {
        CommentResponse view = service().create(comment("/posts/a/", null, "hello", null), ANN);
        assertNull(view.editToken());
        assertEquals("ann", view.author());
        assertEquals(1L, store.find(view.id()).orElseThrow().userId());
    }

    @Test
    void premoderationHoldsCommentsExceptAnAdminsOwn() {
        config = new CommentsConfig(Duration.ofMinutes(15), true, "");
        assertEquals(
                CommentStatus.PENDING,
                service().create(comment("/p/", null, "x", null), ANN).status());
        assertEquals(
                CommentStatus.APPROVED,
                service().create(comment("/p/", null, "x", null), ADMIN).status());
    }

    @Test
    void repliesJoinTheirRootsThreadOnTheSamePageOnly() {
        CommentService service = service();
        long root = service.create(comment("/p/", "a", "root", null), ANONYMOUS).id();
        long reply =
                service.create(comment("/p/", "b", "reply", root), ANONYMOUS).id();
        long nested =
                service.create(comment("/p/", "c", "nested", reply), ANONYMOUS).id();
        assertNull(store.find(root).orElseThrow().rootId());
        assertEquals(root, store.find(reply).orElseThrow().rootId());
        assertEquals(root, store.find(nested).orElseThrow().rootId(), "a reply to a reply is in the root's thread");
        assertEquals(List.of("parentId"), fields(() -> service.create(comment("/q/", "d", "x", root), ANONYMOUS)));
        assertEquals(List.of("parentId"), fields(() -> service.create(comment("/p/", "d", "x", 99L), ANONYMOUS)));

        List<CommentResponse> thread =
                service.thread("/p/", new PageRequest(0, 20)).content();
        assertEquals(1, thread.size());
        assertEquals(reply, thread.get(0).replies().get(0).id());
        assertEquals(nested, thread.get(0).replies().get(0).replies().get(0).id());
    }

    @Test
    void aPendingParentCannotBeRepliedTo() {
        config = new CommentsConfig(Duration.ofMinutes(15), true, "");
        long pending =
                service().create(comment("/p/", "a", "root", null), ANONYMOUS).id();
        assertEquals(List.of("parentId"), fields(() -> service().create(comment("/p/", "b", "x", pending), ANONYMOUS)));
    }

    @Test
    void theAuthorEditsWithinTheWindowAndNotAfter() {
        CommentService service = service();
        CommentResponse created = service.create(comment("/p/", null, "first", null), ANN);
        Owner ann = new Owner(ANN, null);
        CommentResponse edited = service.edit(created.id(), new CommentEdit("second"), ann, IfMatch.ABSENT);
        assertTrue(edited.html().contains("second"), edited.html());
        assertEquals(1, edited.version());

        // the window is 15 minutes from the stored (microsecond) creation time
        Instant closes = T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(Duration.ofMinutes(15));
        clock = Clock.fixed(closes.minusNanos(1), ZoneOffset.UTC);
        service().edit(created.id(), new CommentEdit("third"), ann, IfMatch.ABSENT);
        clock = Clock.fixed(closes, ZoneOffset.UTC);
        assertEquals(
                ErrorCode.EDIT_WINDOW_CLOSED,
                code(() -> service().edit(created.id(), new CommentEdit("late"), ann, IfMatch.ABSENT)));
        service().edit(created.id(), new CommentEdit("admins may"), new Owner(ADMIN, null), IfMatch.ABSENT);
        assertEquals("admins may", store.find(created.id()).orElseThrow().text());
    }

    @Test
    void othersAreForbiddenAndStrangersMustAuthenticate() {
        CommentService service = service();
        long annsId = service.create(comment("/p/", null, "mine", null), ANN).id();
        assertEquals(
                ErrorCode.FORBIDDEN,
                code(() -> service.edit(annsId, new CommentEdit("x"), new Owner(BOB, null), IfMatch.ABSENT)));
        assertEquals(
                ErrorCode.UNAUTHORIZED, code(() -> service.delete(annsId, new Owner(ANONYMOUS, null), IfMatch.ABSENT)));
        assertEquals(
                ErrorCode.FORBIDDEN,
                code(() -> service.delete(annsId, new Owner(ANONYMOUS, "a token"), IfMatch.ABSENT)));

        CommentResponse anonymous = service.create(comment("/p/", "guest", "theirs", null), ANONYMOUS);
        assertEquals(
                ErrorCode.FORBIDDEN,
                code(() -> service.edit(anonymous.id(), new CommentEdit("x"), new Owner(ANN, null), IfMatch.ABSENT)));
        assertEquals(
                ErrorCode.FORBIDDEN,
                code(() -> service.edit(
                        anonymous.id(), new CommentEdit("x"), new Owner(ANONYMOUS, "wrong"), IfMatch.ABSENT)));
        service.delete(anonymous.id(), new Owner(ANONYMOUS, anonymous.editToken()), IfMatch.ABSENT);
        assertEquals(
                CommentStatus.DELETED, store.find(anonymous.id()).orElseThrow().status());
        assertEquals(
                ErrorCode.NOT_FOUND,
                code(() -> service.delete(anonymous.id(), new Owner(ADMIN, null), IfMatch.ABSENT)));
    }

    @Test
    void ifMatchMustNameTheCurrentVersionAndALostRaceIsAPreconditionFailure() {
        CommentService service = service();
        long id = service.create(comment("/p/", null, "text", null), ANN).id();
        Owner ann = new Owner(ANN, null);
        assertEquals(
                ErrorCode.PRECONDITION_FAILED,
                code(() -> service.edit(id, new CommentEdit("x"), ann, IfMatch.parse(IfMatch.etag(5)))));
        service.edit(id, new CommentEdit("x"), ann, IfMatch.parse(IfMatch.etag(0)));
        assertEquals(ErrorCode.VALIDATION, code(() -> service.edit(id, new CommentEdit(" "), ann, IfMatch.ABSENT)));

        // the write finds another version than the check: changed meanwhile, or gone
        CommentService racing = new CommentService(new RacingStore(store), config, clock);
        assertEquals(
                ErrorCode.PRECONDITION_FAILED, code(() -> racing.edit(id, new CommentEdit("y"), ann, IfMatch.ABSENT)));
        assertEquals(ErrorCode.PRECONDITION_FAILED, code(() -> racing.delete(id, ann, IfMatch.ABSENT)));
    }

    @Test
    void deletedRootsStayAsPlaceholdersWhileTheyHaveVisibleReplies() {
        CommentService service = service();
        long lonely =
                service.create(comment("/p/", "a", "lonely", null), ANONYMOUS).id();
        long root = service.create(comment("/p/", "a", "root", null), ANONYMOUS).id();
        service.create(comment("/p/", "b", "reply", root), ANONYMOUS);
        service.moderate(lonely, new StatusChange(CommentStatus.DELETED));
        CommentResponse placeholder = service.moderate(root, new StatusChange(CommentStatus.DELETED));
        assertEquals("", placeholder.author());
        assertEquals("", placeholder.html());
        List<CommentResponse> thread =
                service.thread("/p/", new PageRequest(0, 20)).content();
        assertEquals(List.of(root), thread.stream().map(CommentResponse::id).toList());
        assertEquals(1, thread.get(0).replies().size());
        assertEquals(ErrorCode.VALIDATION, code(() -> service.moderate(root, new StatusChange(null))));
        assertEquals(ErrorCode.NOT_FOUND, code(() -> service.moderate(99, new StatusChange(CommentStatus.APPROVED))));
    }

    @Test
    void countsListEveryAskedPageInOrderWithZeros() {
        CommentService service = service();
        service.create(comment("/b/", "a", "x", null), ANONYMOUS);
        service.create(comment("/b/", "a", "y", null), ANONYMOUS);
        Map<String, Long> counts = service.counts(List.of("/c/", "/b/"));
        assertEquals(List.of("/c/", "/b/"), List.copyOf(counts.keySet()));
        assertEquals(Map.of("/c/", 0L, "/b/", 2L), counts);
    }

    @Test
    void recentAndByStatusAreNewestFirst() {
        CommentService service = service();
        service.create(comment("/p/", "a", "old", null), ANONYMOUS);
        clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        service().create(comment("/p/", "a", "new", null), ANONYMOUS);
        assertEquals(
                List.of("new"), service.recent(1).stream().map(Comment::text).toList());
        assertEquals(
                List.of(2L, 1L),
                service.byStatus(CommentStatus.APPROVED, new PageRequest(0, 5)).content().stream()
                        .map(CommentResponse::id)
                        .toList());
        assertEquals(
                0,
                service.byStatus(CommentStatus.PENDING, new PageRequest(0, 5)).totalElements());
    }

    static ErrorCode code(Runnable call) {
        return assertThrows(ApiException.class, call::run).code();
    }

    static List<String> fields(Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(ErrorCode.VALIDATION, e.code());
        return e.errors().stream().map(site.api.http.FieldError::field).toList();
    }

    /** Writes that always lose the race: the comment changed between the check and the write. */
    record RacingStore(MapCommentStore inner) implements CommentStore {
        public Comment insert(CommentDraft draft) {
            return inner.insert(draft);
        }

        public Optional<Comment> find(long id) {
            return inner.find(id);
        }

        public site.api.paging.ResultPage<Comment> visibleRoots(String page, PageRequest r) {
            return inner.visibleRoots(page, r);
        }

        public List<Comment> replies(java.util.Collection<Long> ids, java.util.Collection<CommentStatus> s) {
            return inner.replies(ids, s);
        }

        public Map<String, Long> countApproved(java.util.Collection<String> pages) {
            return inner.countApproved(pages);
        }

        public boolean updateText(long id, String text, String html, Long v) {
            return false;
        }

        public boolean setStatus(long id, CommentStatus status, Long v) {
            return false;
        }

        public site.api.paging.ResultPage<Comment> byStatus(CommentStatus s, PageRequest r) {
            return inner.byStatus(s, r);
        }
    }
}
