package site.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import site.api.board.JdbiPostStore;
import site.api.board.PostDraft;
import site.api.board.PostEdit;

/**
 * Compaction of the live H2 file racing writes from a full pool. Every acknowledged create, edit and delete must
 * be in the file afterwards, both in a copy taken while the database was open (what {@code kill -9} leaves) and
 * after a clean close, and no round of compaction may fail: failsafe runs with {@code -ea}, which arms H2's
 * internal assertions (an AssertionError inside H2 also closes the database under the writers).
 */
class H2CompactionStressIT {
    private static final int ROUNDS = 3;
    /** Per round; longer for a manual soak: -Dsite.test.h2StressMillis=20000. */
    private static final long WRITE_MILLIS = Long.getLong("site.test.h2StressMillis", 3000);

    private static final int MAX_WRITES_PER_WRITER = 2000;
    /** Far more often than production's once a second, to provoke the race. */
    private static final long COMPACT_EVERY_MILLIS = 10;

    private final Map<Long, String> contents = new ConcurrentHashMap<>();
    private final Set<Long> deleted = ConcurrentHashMap.newKeySet();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void compactionRacingWritesLosesNoAcknowledgedWrite(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live");
        int rewrites = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path crashed = dir.resolve("crashed-" + round);
            int failedCompactions;
            List<Throwable> errors;
            try (Database database = Database.open(DatabaseConfig.h2File(live), new SimpleMeterRegistry())) {
                Migrations.runIfBehind(database.dataSource());
                H2FileCompaction compaction = database.startHousekeeping(COMPACT_EVERY_MILLIS);
                errors = writeConcurrently(new JdbiPostStore(database.jdbi()), round);
                compaction.close();
                failedCompactions = compaction.failures();
                rewrites += compaction.rewrites();
                Files.createDirectories(crashed);
                Files.copy(live.resolve("site.mv.db"), crashed.resolve("site.mv.db"));
            }
            assertEveryAcknowledgedWriteIn(crashed);
            assertEveryAcknowledgedWriteIn(live);
            assertEquals(List.of(), errors.stream().map(Throwable::toString).toList(), "round " + round + " writes");
            assertEquals(0, failedCompactions, "round " + round + ": failed compaction rounds");
        }
        assertTrue(rewrites > 0, "chunks were rewritten while the writers wrote");
    }

    /** Each writer creates posts and edits and deletes its own, so its acknowledged order is the truth. */
    private List<Throwable> writeConcurrently(JdbiPostStore posts, int round) throws InterruptedException {
        List<Throwable> errors = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WRITE_MILLIS);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < DatabaseConfig.DEFAULT_POOL_SIZE; w++) {
            String name = "r" + round + "w" + w;
            Thread writer = new Thread(() -> {
                try {
                    write(posts, name, end);
                } catch (RuntimeException | Error e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) writer.join();
        return errors;
    }

    private void write(JdbiPostStore posts, String writer, long end) {
        List<Long> mine = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < MAX_WRITES_PER_WRITER && System.nanoTime() < end; i++) {
            if (mine.size() > 3 && i % 5 == 4) {
                long id = mine.remove(random.nextInt(mine.size()));
                assertTrue(posts.delete(id, null), "deleted " + id);
                contents.remove(id);
                deleted.add(id);
            } else if (mine.size() > 3 && i % 2 == 1) {
                long id = mine.get(random.nextInt(mine.size()));
                String content = text(writer, i);
                assertTrue(
                        posts.update(id, new PostEdit(null, content, null), null)
                                .isPresent(),
                        "edited " + id);
                contents.put(id, content);
            } else {
                String content = text(writer, i);
                long id = posts.create(new PostDraft(writer + " " + i, content, writer), null)
                        .id();
                contents.put(id, content);
                mine.add(id);
            }
        }
    }

    /** About 1 KB of text that differs per write, so every write leaves many search grams and dead pages. */
    private static String text(String writer, int i) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 1000; line++) {
            text.append(writer)
                    .append(" wrote ")
                    .append(i)
                    .append('.')
                    .append(line)
                    .append(" 게시판 ");
            text.append(Integer.toString(i * 31 + line * 7, 36)).append('\n');
        }
        return text.toString();
    }

    private void assertEveryAcknowledgedWriteIn(Path dataDir) throws SQLException {
        Map<Long, String> found = new HashMap<>();
        try (Database database = Database.open(DatabaseConfig.h2File(dataDir), new SimpleMeterRegistry());
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, content FROM posts")) {
            while (rows.next()) found.put(rows.getLong(1), rows.getString(2));
        }
        long missing =
                contents.keySet().stream().filter(id -> !found.containsKey(id)).count();
        long stale = contents.entrySet().stream()
                .filter(e ->
                        found.containsKey(e.getKey()) && !found.get(e.getKey()).equals(e.getValue()))
                .count();
        long resurrected = deleted.stream().filter(found::containsKey).count();
        assertEquals(
                List.of(0L, 0L, 0L, (long) contents.size()),
                List.of(missing, stale, resurrected, (long) found.size()),
                dataDir.getFileName() + ": [missing, stale, resurrected, rows] of " + contents.size() + " posts");
    }
}
