package site.api.board;

import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * The {@code board_stats} rows: the number of posts and a version that moves on every change to a post's text
 * or existence, each spread over 16 shards (V3 migration) so concurrent writers rarely wait on one row lock.
 * Every write to {@code posts} must call {@link #changed} in its transaction.
 */
final class JdbiBoardStats {
    static final String TOTAL = "(SELECT SUM(posts) FROM board_stats)";
    static final String VERSION = "(SELECT SUM(version) FROM board_stats)";
    private static final int SHARDS = 16;

    private JdbiBoardStats() {}

    /** Records a change that adds {@code postsDelta} posts (0 for an edit). */
    static void changed(Handle h, int postsDelta) {
        h.createUpdate("UPDATE board_stats SET posts = posts + :delta, version = version + 1 WHERE shard = :shard")
                .bind("delta", postsDelta)
                .bind("shard", ThreadLocalRandom.current().nextInt(SHARDS))
                .execute();
    }

    static long total(Handle h) {
        return h.createQuery("SELECT " + TOTAL).mapTo(Long.class).one();
    }

    static long version(Handle h) {
        return h.createQuery("SELECT " + VERSION).mapTo(Long.class).one();
    }

    /** Counts the posts again (after posts were imported with SQL) and moves the version. */
    static void recount(Handle h) {
        h.createUpdate("UPDATE board_stats SET posts = 0").execute();
        h.createUpdate(
                        "UPDATE board_stats SET posts = (SELECT COUNT(*) FROM posts), version = version + 1 WHERE shard = 0")
                .execute();
    }
}
