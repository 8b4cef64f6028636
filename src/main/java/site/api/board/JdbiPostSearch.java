package site.api.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/**
 * Keyword search over {@code post_grams}. Finding a page's matches and their total is the expensive part (a
 * keyword in every post means confirming every post), so the ids and the total of each keyword and page are
 * remembered with the {@link JdbiBoardStats} version they were computed at. A repeat costs one statement that loads
 * the page's rows by key together with the current version; when any post was created, edited or deleted since,
 * by this process or another replica, the version differs and the matches are computed again. Rows (and their
 * view counts) are always read fresh.
 */
final class JdbiPostSearch {
    private static final int MAX_ENTRIES = 1024;
    private final Map<Key, Hits> cache = new ConcurrentHashMap<>();

    private record Key(String keyword, long offset, int size) {}

    /** A page of matches: newest first, with the total and the version they are valid for. */
    private record Hits(List<Long> ids, long total, long version) {}

    private record VersionedPost(Post post, long version) {}

    ResultPage<Post> search(Handle h, String keyword, PageRequest page) {
        Key key = new Key(keyword, page.offset(), page.size());
        Hits hits = cache.get(key);
        if (hits != null) {
            ResultPage<Post> current = reuse(h, hits, page);
            if (current != null) return current;
        }
        long version = JdbiBoardStats.version(h);
        hits = match(h, keyword, page, version);
        if (cache.size() >= MAX_ENTRIES) cache.clear();
        cache.put(key, hits);
        List<Post> posts = hits.ids().isEmpty()
                ? List.of()
                : h.createQuery("SELECT " + JdbiPostStore.COLUMNS
                                + " FROM posts p WHERE p.id IN (<ids>) ORDER BY p.id DESC")
                        .bindList("ids", hits.ids())
                        .map(JdbiPostStore::map)
                        .list();
        return ResultPage.of(posts, hits.total(), page);
    }

    /** The page from remembered hits, or null when a post changed since they were computed. */
    private static ResultPage<Post> reuse(Handle h, Hits hits, PageRequest page) {
        if (hits.ids().isEmpty())
            return JdbiBoardStats.version(h) == hits.version() ? ResultPage.of(List.of(), hits.total(), page) : null;
        List<VersionedPost> rows = h.createQuery("SELECT " + JdbiPostStore.COLUMNS + ", " + JdbiBoardStats.VERSION
                        + " AS version FROM posts p WHERE p.id IN (<ids>) ORDER BY p.id DESC")
                .bindList("ids", hits.ids())
                .map(JdbiPostSearch::versioned)
                .list();
        if (rows.size() != hits.ids().size() || rows.get(0).version() != hits.version()) return null;
        return ResultPage.of(rows.stream().map(VersionedPost::post).toList(), hits.total(), page);
    }

    /**
     * One pass over the matches yields the page's ids and the total (a window count), so the LIKE that confirms
     * candidates reads each candidate's text once.
     */
    private static Hits match(Handle h, String keyword, PageRequest page, long version) {
        List<long[]> rows = query(
                        h,
                        "SELECT p.id, COUNT(*) OVER () AS total",
                        " ORDER BY p.id DESC LIMIT :limit OFFSET :offset",
                        keyword)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("total")})
                .list();
        if (rows.isEmpty()) {
            long total = page.offset() == 0
                    ? 0
                    : query(h, "SELECT COUNT(*)", "", keyword).mapTo(Long.class).one();
            return new Hits(List.of(), total, version);
        }
        return new Hits(rows.stream().map(row -> row[0]).toList(), rows.get(0)[1], version);
    }

    /**
     * Candidates come from the gram index by key: posts holding the keyword's first and last character pairs
     * (two index lookups joined on post id; more pairs cost more than they filter). The LIKE confirms them, so
     * posts are never scanned. Comparisons ignore case through the column collation (H2 runs with IGNORECASE).
     */
    private static Query query(Handle h, String select, String tail, String keyword) {
        List<String> pairs = Grams.ends(keyword);
        String candidates = pairs.isEmpty()
                ? " JOIN (SELECT DISTINCT post_id FROM post_grams WHERE gram LIKE :prefix) a ON a.post_id = p.id"
                : " JOIN post_grams a ON a.post_id = p.id AND a.gram = :first"
                        + (pairs.size() > 1 ? " JOIN post_grams b ON b.post_id = p.id AND b.gram = :last" : "");
        Query query = h.createQuery(select + " FROM posts p" + candidates
                + " WHERE p.title LIKE :pattern OR p.content LIKE :pattern" + tail);
        if (pairs.isEmpty()) query.bind("prefix", likeEscape(keyword.toLowerCase(Locale.ROOT)) + "%");
        if (!pairs.isEmpty()) query.bind("first", pairs.get(0));
        if (pairs.size() > 1) query.bind("last", pairs.get(1));
        return query.bind("pattern", "%" + likeEscape(keyword) + "%");
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static VersionedPost versioned(ResultSet rs, StatementContext ctx) throws SQLException {
        return new VersionedPost(JdbiPostStore.map(rs, ctx), rs.getLong("version"));
    }
}
