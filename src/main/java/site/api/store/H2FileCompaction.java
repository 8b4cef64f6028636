package site.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file from growing without bound. With {@code WRITE_DELAY=0} (durable commits) every commit
 * writes a chunk of its own and H2 stops its background writer, which is also what compacts the file: measured,
 * 6,000 posts grew the file to 264 MB without this. Once a second this runs {@code MVStore.compact}, the rewrite of
 * sparse chunks that H2's background writer runs alongside statements: their live pages go into the next chunk
 * and the freed space is reused. It never calls {@code MVStore.compactFile}, whose chunk moves fail H2's own
 * assertions on 2.3.232 even on an idle store (h2database issue 4086; docs/RELIABILITY.md).
 */
final class H2FileCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);
    /** Chunks are rewritten while the live share of their space is below this (H2's own default). */
    private static final int REWRITE_BELOW_FILL_PERCENT = 90;
    /** At most this much is rewritten per round, so the commit that writes it stays short. */
    private static final int REWRITE_BYTES = 1 << 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "site-h2-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger rewrites = new AtomicInteger();

    private H2FileCompaction(MVStore store, long everyMillis) {
        // freed chunks are reused at once, not after H2's default 45 s; a killed process loses nothing by it, as
        // only chunks no longer referenced by the newest complete one are freed
        store.setRetentionTime(0);
        timer.scheduleWithFixedDelay(() -> compact(store), everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts compacting the H2 store behind {@code dataSource} every {@code everyMillis}. */
    static H2FileCompaction start(DataSource dataSource, long everyMillis) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session =
                    (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return new H2FileCompaction(session.getDatabase().getStore().getMvStore(), everyMillis);
        }
    }

    private void compact(MVStore store) {
        try {
            if (store.isClosed()) return;
            if (store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES)) {
                store.commit(); // writes the rewritten pages, as any transaction's commit would
                rewrites.incrementAndGet();
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("compacting the H2 file failed: {}", e.toString());
        }
    }

    /** Rounds that failed (H2 wraps its internal AssertionErrors in an MVStoreException). */
    int failures() {
        return failures.get();
    }

    /** Rounds that rewrote chunks. */
    int rewrites() {
        return rewrites.get();
    }

    /**
     * Lets a round under way finish: interrupting it would close H2's file channel in the middle of a write
     * (ClosedByInterruptException), which closes the database.
     */
    void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) timer.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
