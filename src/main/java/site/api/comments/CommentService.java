package site.api.comments;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import site.api.auth.Caller;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.IfMatch;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Comment rules: threads, ownership by account or edit token, the edit window, moderation. */
public final class CommentService {
    private static final Set<CommentStatus> THREAD = Set.of(CommentStatus.APPROVED, CommentStatus.DELETED);

    /** Who asks to change a comment: a logged-in caller, or an anonymous author with their edit token. */
    public record Owner(Optional<Caller> caller, String editToken) {}

    private final CommentStore store;
    private final CommentsConfig config;
    private final Clock clock;
    private CommentText text;
    private final EditTokens tokens = new EditTokens();

    public CommentService(CommentStore store, CommentsConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    public ResultPage<CommentResponse> thread(String page, PageRequest request) {
        ResultPage<Comment> roots = store.visibleRoots(page, request);
        List<Comment> replies =
                store.replies(roots.content().stream().map(Comment::id).toList(), THREAD);
        List<CommentResponse> nested = Threads.nest(roots.content(), replies, config.editWindow());
        return ResultPage.of(nested, roots.totalElements(), request);
    }

    public CommentResponse create(NewComment comment, Optional<Caller> caller) {
        String author = CommentRules.checkNew(comment, caller);
        Long rootId = comment.parentId() == null ? null : parentRoot(comment);
        boolean admin = caller.map(Caller::isAdmin).orElse(false);
        CommentStatus status = config.premoderation() && !admin ? CommentStatus.PENDING : CommentStatus.APPROVED;
        String token = caller.isEmpty() ? tokens.create() : null;
        Comment stored = store.insert(new CommentDraft(
                comment.page(),
                comment.parentId(),
                rootId,
                caller.map(Caller::userId).orElse(null),
                author,
                comment.text(),
                html(comment.text()),
                status,
                token == null ? null : EditTokens.hash(token),
                createdNow()));
        return CommentResponse.of(stored, config.editWindow(), List.of()).withEditToken(token);
    }

    /** Microseconds, what the column keeps: the time a create answers is the time every later read answers. */
    private Instant createdNow() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Replaces the text; If-Match, when sent, must name the current version (checked again by the write). */
    public CommentResponse edit(long id, CommentEdit edit, Owner owner, IfMatch ifMatch) {
        Long version = ifMatch.requireVersion(changeable(id, owner).version(), "comment " + id);
        CommentRules.checkEdit(edit);
        if (!store.updateText(id, edit.text(), html(edit.text()), version)) throw goneOrChanged(id);
        return CommentResponse.of(store.find(id).orElseThrow(() -> notFound(id)), config.editWindow(), List.of());
    }

    public void delete(long id, Owner owner, IfMatch ifMatch) {
        Long version = ifMatch.requireVersion(changeable(id, owner).version(), "comment " + id);
        if (!store.setStatus(id, CommentStatus.DELETED, version)) throw goneOrChanged(id);
    }

    /** Counts for every requested page, zero included, in the order asked. */
    public Map<String, Long> counts(List<String> pages) {
        Map<String, Long> found = store.countApproved(pages);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : pages) counts.put(page, found.getOrDefault(page, 0L));
        return counts;
    }

    public ResultPage<CommentResponse> byStatus(CommentStatus status, PageRequest request) {
        return store.byStatus(status, request).map(c -> CommentResponse.of(c, config.editWindow(), List.of()));
    }

    public CommentResponse moderate(long id, StatusChange change) {
        if (change.status() == null) throw ApiException.invalid("status", "must be pending, approved or deleted");
        if (store.find(id).isEmpty()) throw notFound(id);
        store.setStatus(id, change.status(), null);
        return CommentResponse.of(store.find(id).orElseThrow(), config.editWindow(), List.of());
    }

    public List<Comment> recent(int count) {
        return store.byStatus(CommentStatus.APPROVED, new PageRequest(0, count)).content();
    }

    private Long parentRoot(NewComment comment) {
        Comment parent = store.find(comment.parentId())
                .filter(p -> p.status() == CommentStatus.APPROVED)
                .orElseThrow(() -> CommentRules.badParent("no visible comment with id " + comment.parentId()));
        if (!parent.page().equals(comment.page())) throw CommentRules.badParent("the parent is on another page");
        return parent.rootId() == null ? parent.id() : parent.rootId();
    }

    /** The comment, if the caller owns it (account or edit token) and its window is open; admins always may. */
    private Comment changeable(long id, Owner asking) {
        Optional<Caller> caller = asking.caller();
        String editToken = asking.editToken();
        Comment comment =
                store.find(id).filter(c -> c.status() != CommentStatus.DELETED).orElseThrow(() -> notFound(id));
        if (caller.map(Caller::isAdmin).orElse(false)) return comment;
        boolean owner = comment.userId() != null
                ? caller.map(c -> c.userId() == comment.userId()).orElse(false)
                : EditTokens.matches(editToken, comment.editTokenHash());
        if (!owner) {
            if (caller.isEmpty() && editToken == null)
                throw ApiException.of(ErrorCode.UNAUTHORIZED, "log in or send X-Edit-Token");
            throw ApiException.of(ErrorCode.FORBIDDEN, "only the author or an admin may change comment " + id);
        }
        Instant closes = comment.createdAt().plus(config.editWindow());
        if (!clock.instant().isBefore(closes)) {
            throw ApiException.of(ErrorCode.EDIT_WINDOW_CLOSED, "comment " + id + " could be changed until " + closes);
        }
        return comment;
    }

    /** The Markdown renderer and sanitizer load on first use: many processes never see a comment. */
    private synchronized String html(String markdown) {
        if (text == null) text = new CommentText();
        return text.toHtml(markdown);
    }

    private ApiException goneOrChanged(long id) {
        return store.find(id).isPresent() ? IfMatch.changedMeanwhile("comment " + id) : notFound(id);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("comment " + id + " does not exist");
    }
}
