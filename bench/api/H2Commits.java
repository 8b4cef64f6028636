import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import site.api.board.JdbiPostStore;
import site.api.board.PostDraft;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/**
 * What a post's commit costs on the embedded H2 file database, without HTTP: 32 threads create posts through the
 * API's own store for a few seconds, with every commit written to the file (as shipped) and with H2's default
 * of writing commits up to 500 ms later. Usage: java -cp target/site.jar bench/api/H2Commits.java [seconds]
 */
public class H2Commits {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("| H2 commits | posts/s | p50 ms | p99 ms | database file after |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int round = 0; round < 2; round++) { // the first round of each warms the JIT up
            run("written per commit (WRITE_DELAY=0)", "", seconds, round == 1);
            run("written up to 500 ms later", ";WRITE_DELAY=500", seconds, round == 1);
        }
    }

    private static void run(String label, String setting, int seconds, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("h2commits");
        DatabaseConfig file = DatabaseConfig.h2File(dir);
        DatabaseConfig config = new DatabaseConfig(file.url() + setting, file.username(), file.password(), 32);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (Database database = Database.open(config, new SimpleMeterRegistry())) {
            Migrations.run(database.dataSource());
            JdbiPostStore store = new JdbiPostStore(database.jdbi());
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Thread writer = new Thread(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long start = System.nanoTime();
                        store.create(new PostDraft("post " + i, "written under load " + i, "bench"), null);
                        latencies.add(System.nanoTime() - start);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) writer.join();
        }
        long bytes = Files.size(dir.resolve("site.mv.db"));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (print) {
            System.out.printf("| %s | %d | %.1f | %.1f | %d KiB |%n", label, sorted.size() / seconds,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6, bytes / 1024);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
