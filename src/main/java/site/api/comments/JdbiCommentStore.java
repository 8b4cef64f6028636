package site.api.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Comments in the {@code comments} table. */
public final class JdbiCommentStore implements CommentStore {
    private static final String COLUMNS =
            "id, page, parent_id, root_id, user_id, author, text, html, status, edit_token_hash, created_at, version";
    private static final String ROOT_COLUMNS = COLUMNS.replaceAll("(\\w+)", "c.$1");
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
                .bind("page", d.page())
                .bind("parentId", d.parentId())
                .bind("rootId", d.rootId())
                .bind("userId", d.userId())
                .bind("author", d.author())
                .bind("text", d.text())
                .bind("html", d.html())
                .bind("status", d.status().name())
                .bind("tokenHash", d.editTokenHash())
                .bind("createdAt", LocalDateTime.ofInstant(d.createdAt(), ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new Comment(
                id,
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
    }

    @Override
    public Optional<Comment> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = :id")
                .bind("id", id)
                .map(JdbiCommentStore::map)
                .findOne());
    }

    @Override
    public ResultPage<Comment> visibleRoots(String page, PageRequest request) {
        String where = " " + """
                FROM comments c WHERE c.page = :page AND c.root_id IS NULL AND (c.status = 'APPROVED'
                    OR (c.status = 'DELETED' AND EXISTS (SELECT 1 FROM comments r
                        WHERE r.root_id = c.id AND r.status = 'APPROVED')))""";
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*)" + where)
                    .bind("page", page)
                    .mapTo(Long.class)
                    .one();
            List<Comment> roots = h.createQuery(
                            "SELECT " + ROOT_COLUMNS + where + " ORDER BY c.id LIMIT :limit OFFSET :offset")
                    .bind("page", page)
                    .bind("limit", request.size())
                    .bind("offset", request.offset())
                    .map(JdbiCommentStore::map)
                    .list();
            return ResultPage.of(roots, total, request);
        });
    }

    @Override
    public List<Comment> replies(Collection<Long> rootIds, Collection<CommentStatus> statuses) {
        if (rootIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM comments WHERE root_id IN (<roots>) AND status IN (<statuses>) ORDER BY id")
                .bindList("roots", List.copyOf(rootIds))
                .bindList("statuses", names(statuses))
                .map(JdbiCommentStore::map)
                .list());
    }

    @Override
    public Map<String, Long> countApproved(Collection<String> pages) {
        Map<String, Long> counts = new HashMap<>();
        if (pages.isEmpty()) return counts;
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT page, COUNT(*) AS n FROM comments
                        WHERE page IN (<pages>) AND status = 'APPROVED' GROUP BY page""")
                .bindList("pages", List.copyOf(pages))
                .map((rs, ctx) -> counts.put(rs.getString("page"), rs.getLong("n")))
                .list());
        return counts;
    }

    @Override
    public boolean updateText(long id, String text, String html, Long expectedVersion) {
        return change(
                id,
                "text = :text, html = :html",
                expectedVersion,
                u -> u.bind("text", text).bind("html", html));
    }

    @Override
    public boolean setStatus(long id, CommentStatus status, Long expectedVersion) {
        return change(id, "status = :status", expectedVersion, u -> u.bind("status", status.name()));
    }

    /** One UPDATE of {@code assignments} that moves the version, only at {@code expectedVersion} when it is given. */
    private boolean change(long id, String assignments, Long expectedVersion, Consumer<Update> bind) {
        String sql = "UPDATE comments SET " + assignments + ", version = version + 1, updated_at = :now WHERE id = :id"
                + (expectedVersion != null ? " AND version = :expected" : "");
        return jdbi.withHandle(h -> {
            Update update = h.createUpdate(sql)
                    .bind("now", LocalDateTime.now(ZoneOffset.UTC))
                    .bind("id", id);
            if (expectedVersion != null) update.bind("expected", expectedVersion.longValue());
            bind.accept(update);
            return update.execute() > 0;
        });
    }

    @Override
    public ResultPage<Comment> byStatus(CommentStatus status, PageRequest request) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM comments WHERE status = :status")
                    .bind("status", status.name())
                    .mapTo(Long.class)
                    .one();
            List<Comment> comments = h.createQuery("SELECT " + COLUMNS
                            + " FROM comments WHERE status = :status ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("status", status.name())
                    .bind("limit", request.size())
                    .bind("offset", request.offset())
                    .map(JdbiCommentStore::map)
                    .list();
            return ResultPage.of(comments, total, request);
        });
    }

    private static List<String> names(Collection<CommentStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static Comment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getString("page"),
                nullableLong(rs, "parent_id"),
                nullableLong(rs, "root_id"),
                nullableLong(rs, "user_id"),
                rs.getString("author"),
                rs.getString("text"),
                rs.getString("html"),
                CommentStatus.valueOf(rs.getString("status")),
                rs.getString("edit_token_hash"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
