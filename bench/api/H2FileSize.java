import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import site.api.board.JdbiPostStore;
import site.api.board.PostDraft;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/**
 * How large the embedded H2 file grows under durable commits: 8 threads create posts through the API's own store
 * on a fresh file opened as `site api` opens it, with the API's compaction ("shipped") or without it ("none").
 * Prints the largest size seen while writing (sampled every 100 ms), the size at the end and after closing.
 * Usage: java -cp target/site.jar bench/api/H2FileSize.java [posts] [shipped|none]
 */
public class H2FileSize {
    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        boolean compact = args.length < 2 || args[1].equals("shipped");
        Path dir = Files.createTempDirectory("h2filesize");
        Path file = dir.resolve("site.mv.db");
        AtomicInteger next = new AtomicInteger();
        AtomicLong peak = new AtomicLong();
        long start = System.nanoTime();
        long atEnd;
        try (Database database = Database.open(DatabaseConfig.h2File(dir), new SimpleMeterRegistry())) {
            Migrations.run(database.dataSource());
            if (compact) database.startHousekeeping();
            JdbiPostStore store = new JdbiPostStore(database.jdbi());
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread writer = new Thread(() -> {
                    for (int i; (i = next.getAndIncrement()) < posts; ) {
                        store.create(new PostDraft("post " + i, "written under load " + i, "bench"), null);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(size(file), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            for (Thread writer : writers) writer.join();
            sampler.interrupt();
            sampler.join();
            atEnd = size(file);
        }
        System.out.printf("| %s | %d posts | %.0f s | peak %.1f MiB | at the end %.1f MiB | closed %.1f MiB |%n",
                compact ? "shipped compaction" : "no compaction", posts, (System.nanoTime() - start) / 1e9,
                Math.max(peak.get(), atEnd) / 1048576.0, atEnd / 1048576.0, size(file) / 1048576.0);
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
