package site.api.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** Posts in the {@code posts} table, counted in {@code board_stats}, searched through {@code post_grams}. */
public final class JdbiPostStore implements PostStore {
    static final String COLUMNS =
            "p.id, p.title, p.content, p.author, p.view_count, p.created_at, p.owner_id, p.version";
    private final Jdbi jdbi;
    private final JdbiPostSearch search = new JdbiPostSearch();

    public JdbiPostStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One round trip: the page and the total together; a second query only for a page past the end. */
    @Override
    public ResultPage<Post> list(PageRequest page) {
        return jdbi.withHandle(h -> {
            List<Counted> rows = h.createQuery("SELECT " + COLUMNS + ", " + JdbiBoardStats.TOTAL + " AS total"
                            + " FROM posts p ORDER BY p.id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(JdbiPostStore::counted)
                    .list();
            return page(rows, page, () -> JdbiBoardStats.total(h));
        });
    }

    /** A row of a page query that also carries the total number of matches. */
    private record Counted(Post post, long total) {}

    /** The page; the total comes with the rows, or from {@code count} when the page is past the end. */
    private static ResultPage<Post> page(List<Counted> rows, PageRequest page, Supplier<Long> count) {
        long total = !rows.isEmpty() ? rows.get(0).total() : page.offset() == 0 ? 0 : count.get();
        return ResultPage.of(rows.stream().map(Counted::post).toList(), total, page);
    }

    private static Counted counted(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Counted(map(rs, ctx), rs.getLong("total"));
    }

    @Override
    public Optional<Post> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /**
     * One atomic UPDATE for the whole batch, so no view is lost under concurrency; it commits on its own (no
     * transaction round trips), and the read after it may already include other replicas' views. Id lists are
     * padded to a power of two by repeating the last id (harmless in IN and CASE), so a handful of statement
     * texts serve every batch size and stay in the prepared-statement caches.
     */
    @Override
    public Map<Long, Post> addViews(SortedMap<Long, Integer> views) {
        List<Long> ids = padded(views.keySet());
        String in = " IN (" + "?, ".repeat(ids.size() - 1) + "?)";
        boolean onceEach = views.values().stream().allMatch(n -> n == 1);
        return jdbi.withHandle(h -> {
            Update update = h.createUpdate("UPDATE posts SET view_count = view_count + "
                    + (onceEach ? "1" : "CASE id" + " WHEN ? THEN ?".repeat(ids.size()) + " END") + " WHERE id" + in);
            int position = 0;
            if (!onceEach) {
                for (long id : ids)
                    update.bind(position++, id).bind(position++, views.get(id).intValue());
            }
            for (long id : ids) update.bind(position++, id);
            if (update.execute() == 0) return Map.<Long, Post>of();
            Query read = h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE p.id" + in);
            for (int i = 0; i < ids.size(); i++) read.bind(i, ids.get(i));
            Map<Long, Post> posts = new HashMap<>();
            read.map(JdbiPostStore::map).forEach(post -> posts.put(post.id(), post));
            return posts;
        });
    }

    private static List<Long> padded(Collection<Long> ids) {
        List<Long> padded = new ArrayList<>(ids);
        long last = padded.get(padded.size() - 1);
        while (Integer.bitCount(padded.size()) != 1) padded.add(last);
        return padded;
    }

    @Override
    public Post create(PostDraft draft, Long ownerId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO posts (title, content, author, owner_id, view_count, created_at, updated_at)
                            VALUES (:title, :content, :author, :ownerId, 0, :now, :now)""")
                    .bind("title", draft.title())
                    .bind("content", draft.content())
                    .bind("author", draft.author())
                    .bind("ownerId", ownerId)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insertGrams(h, id, draft.title(), draft.content());
            JdbiBoardStats.changed(h, 1);
            return new Post(id, draft.title(), draft.content(), draft.author(), 0, now, ownerId, 0);
        });
    }

    /**
     * One UPDATE sets only the edit's columns and moves the version, so two edits of different fields at once
     * both land (the row lock orders them); the post and its search grams are then read and rebuilt from the row
     * as this transaction left it.
     */
    @Override
    public Optional<Post> update(long id, PostEdit edit, Long expectedVersion) {
        StringBuilder sql = new StringBuilder("UPDATE posts SET version = version + 1, updated_at = :now");
        if (edit.title() != null) sql.append(", title = :title");
        if (edit.content() != null) sql.append(", content = :content");
        if (edit.author() != null) sql.append(", author = :author");
        sql.append(" WHERE id = :id").append(expectedVersion != null ? " AND version = :expected" : "");
        return jdbi.inTransaction(h -> {
            Update update = h.createUpdate(sql.toString())
                    .bind("now", LocalDateTime.now(ZoneOffset.UTC))
                    .bind("id", id);
            if (edit.title() != null) update.bind("title", edit.title());
            if (edit.content() != null) update.bind("content", edit.content());
            if (edit.author() != null) update.bind("author", edit.author());
            if (expectedVersion != null) update.bind("expected", expectedVersion.longValue());
            if (update.execute() == 0) return Optional.<Post>empty();
            Post post = find(h, id).orElseThrow();
            if (edit.changesText()) {
                h.createUpdate("DELETE FROM post_grams WHERE post_id = :id")
                        .bind("id", id)
                        .execute();
                insertGrams(h, id, post.title(), post.content());
            }
            JdbiBoardStats.changed(h, 0);
            return Optional.of(post);
        });
    }

    @Override
    public boolean delete(long id, Long expectedVersion) {
        String sql = "DELETE FROM posts WHERE id = :id" + (expectedVersion != null ? " AND version = :expected" : "");
        return jdbi.inTransaction(h -> {
            Update delete = h.createUpdate(sql).bind("id", id);
            if (expectedVersion != null) delete.bind("expected", expectedVersion.longValue());
            boolean deleted = delete.execute() > 0;
            if (deleted) JdbiBoardStats.changed(h, -1);
            return deleted;
        });
    }

    @Override
    public ResultPage<Post> search(String keyword, PageRequest page) {
        return jdbi.withHandle(h -> search.search(h, keyword, page));
    }

    @Override
    public int reindex() {
        int indexed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Post> batch = jdbi.withHandle(h -> h.createQuery(
                            "SELECT " + COLUMNS + " FROM posts p WHERE p.id > :after ORDER BY p.id LIMIT 500")
                    .bind("after", from)
                    .map(JdbiPostStore::map)
                    .list());
            if (batch.isEmpty()) {
                jdbi.useTransaction(JdbiBoardStats::recount);
                return indexed;
            }
            for (Post post : batch) {
                jdbi.useTransaction(h -> {
                    h.createUpdate("DELETE FROM post_grams WHERE post_id = :id")
                            .bind("id", post.id())
                            .execute();
                    insertGrams(h, post.id(), post.title(), post.content());
                });
            }
            indexed += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
    }

    private static Optional<Post> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE p.id = :id")
                .bind("id", id)
                .map(JdbiPostStore::map)
                .findOne();
    }

    /** IGNORE: under H2's case-insensitive compare, grams like "ας" and "ασ" are one key, which is fine for candidates. */
    private static void insertGrams(Handle h, long id, String title, String content) {
        PreparedBatch batch = h.prepareBatch("INSERT IGNORE INTO post_grams (gram, post_id) VALUES (:gram, :id)");
        for (String gram : Grams.of(title, content))
            batch.bind("gram", gram).bind("id", id).add();
        if (batch.size() > 0) batch.execute();
    }

    static Post map(ResultSet rs, StatementContext ctx) throws SQLException {
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        return new Post(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("author"),
                rs.getLong("view_count"),
                rs.getObject("created_at", LocalDateTime.class),
                ownerId,
                rs.getLong("version"));
    }
}
