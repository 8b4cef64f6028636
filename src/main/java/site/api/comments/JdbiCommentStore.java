package site.api.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import site.api.paging.Page;
import site.api.paging.PageRequest;

/** Comments in the {@code comments} table. */
public final class JdbiCommentStore implements CommentStore {
    private static final String COLUMNS =
            "id, page, parent_id, root_id, user_id, author, text, html, status, edit_token_hash, created_at";
    private final Jdbi jdbi;

    public JdbiCommentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Comment insert(CommentDraft d) {
        long id = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO comments (page, parent_id, root_id, user_id, author, text, html, status,
                                              edit_token_hash, created_at, updated_at)
                        VALUES (:page, :parentId, :rootId, :userId, :author, :text, :html, :status,
                                :tokenHash, :createdAt, :createdAt)""")
                .bind("page", d.page()).bind("parentId", d.parentId()).bind("rootId", d.rootId())
                .bind("userId", d.userId()).bind("author", d.author()).bind("text", d.text()).bind("html", d.html())
                .bind("status", d.status().name()).bind("tokenHash", d.editTokenHash())
                .bind("createdAt", LocalDateTime.ofInstant(d.createdAt(), ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Comment(id, d.page(), d.parentId(), d.rootId(), d.userId(), d.author(), d.text(), d.html(),
                d.status(), d.editTokenHash(), d.createdAt());
    }

    @Override
    public Optional<Comment> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = :id")
                .bind("id", id).map(JdbiCommentStore::map).findOne());
    }

    @Override
    public Page<Comment> roots(String page, Collection<CommentStatus> statuses, PageRequest request) {
        String where = " FROM comments WHERE page = :page AND status IN (<statuses>) AND root_id IS NULL";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*)" + where)
                    .bind("page", page).bindList("statuses", names(statuses)).mapTo(Long.class).one();
            List<Comment> roots = h.createQuery("SELECT " + COLUMNS + where + " ORDER BY id LIMIT :limit OFFSET :offset")
                    .bind("page", page).bindList("statuses", names(statuses))
                    .bind("limit", request.size()).bind("offset", request.offset())
                    .map(JdbiCommentStore::map).list();
            return Page.of(roots, total, request);
        });
    }

    @Override
    public List<Comment> replies(Collection<Long> rootIds, Collection<CommentStatus> statuses) {
        if (rootIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM comments WHERE root_id IN (<roots>) AND status IN (<statuses>) ORDER BY id")
                .bindList("roots", List.copyOf(rootIds)).bindList("statuses", names(statuses))
                .map(JdbiCommentStore::map).list());
    }

    @Override
    public Map<String, Long> countApproved(Collection<String> pages) {
        Map<String, Long> counts = new HashMap<>();
        if (pages.isEmpty()) return counts;
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT page, COUNT(*) AS n FROM comments
                        WHERE page IN (<pages>) AND status = 'APPROVED' GROUP BY page""")
                .bindList("pages", List.copyOf(pages))
                .map((rs, ctx) -> counts.put(rs.getString("page"), rs.getLong("n"))).list());
        return counts;
    }

    @Override
    public void updateText(long id, String text, String html) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE comments SET text = :text, html = :html, updated_at = :now WHERE id = :id")
                .bind("text", text).bind("html", html).bind("now", LocalDateTime.now(ZoneOffset.UTC)).bind("id", id).execute());
    }

    @Override
    public void setStatus(long id, CommentStatus status) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE comments SET status = :status, updated_at = :now WHERE id = :id")
                .bind("status", status.name()).bind("now", LocalDateTime.now(ZoneOffset.UTC)).bind("id", id).execute());
    }

    @Override
    public Page<Comment> byStatus(CommentStatus status, PageRequest request) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM comments WHERE status = :status")
                    .bind("status", status.name()).mapTo(Long.class).one();
            List<Comment> comments = h.createQuery("SELECT " + COLUMNS
                            + " FROM comments WHERE status = :status ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("status", status.name()).bind("limit", request.size()).bind("offset", request.offset())
                    .map(JdbiCommentStore::map).list();
            return Page.of(comments, total, request);
        });
    }

    private static List<String> names(Collection<CommentStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static Comment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getString("page"), nullableLong(rs, "parent_id"), nullableLong(rs, "root_id"),
                nullableLong(rs, "user_id"), rs.getString("author"), rs.getString("text"), rs.getString("html"),
                CommentStatus.valueOf(rs.getString("status")), rs.getString("edit_token_hash"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
