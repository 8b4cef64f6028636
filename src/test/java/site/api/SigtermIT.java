package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar under steady traffic gets SIGTERM: readiness drops first, and a client that stops sending when
 * readiness says DOWN (as a load balancer does) sees every request succeed, in-flight ones included.
 */
class SigtermIT {

    @Test
    void sigtermDrainsWithoutFailingARequest(@TempDir Path dir) throws Exception {
        try (ApiProcess server = ApiProcess.start(dir, Map.of("SITE_DRAIN_SECONDS", "1"), dir.resolve("out.log"))) {
            server.awaitHealthy();
            String base = server.base();
            ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) clients.submit(() -> traffic(base, running, statuses));
            // Traffic first (bounded: a loaded machine may need a while to warm the server up).
            for (int i = 0; i < 1000 && statuses.getOrDefault(200, 0) <= 10; i++) Thread.sleep(10);
            server.terminate(); // SIGTERM
            // Act as the load balancer: stop sending once readiness says DOWN (well within the 1 s drain).
            boolean sawNotReady = false;
            for (int i = 0; i < 200 && !sawNotReady; i++) {
                sawNotReady = ApiProcess.status(base + "/actuator/health/readiness") == 503;
                if (!sawNotReady) Thread.sleep(10);
            }
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
            assertTrue(server.waitFor(Duration.ofSeconds(30)), "server stopped");
            assertTrue(sawNotReady, "readiness turned DOWN while the server still answered");
            assertTrue(statuses.getOrDefault(200, 0) > 10, "traffic flowed: " + statuses);
            int answered = statuses.values().stream().reduce(0, Integer::sum);
            System.out.printf(
                    "SIGTERM under load: %d requests answered, %d succeeded, %d failed%n",
                    answered, statuses.getOrDefault(200, 0), answered - statuses.getOrDefault(200, 0));
            assertEquals(
                    Integer.valueOf(statuses.getOrDefault(200, 0)),
                    answered,
                    "every answered request succeeded: " + statuses);
        }
    }

    /** Requests until told to stop; connections refused after the listener closed are not answers. */
    private static void traffic(String base, AtomicBoolean running, ConcurrentHashMap<Integer, Integer> statuses) {
        while (running.get()) {
            int status = ApiProcess.status(base + "/api/posts?size=5");
            if (status > 0) statuses.merge(status, 1, Integer::sum);
        }
    }
}
