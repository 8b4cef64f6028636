package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.testsupport.RealComponent;

/**
 * The real jar under steady traffic gets SIGTERM: readiness drops first, and a client that stops sending when
 * readiness says DOWN (as a load balancer does) sees every request succeed, in-flight ones included.
 */
class SigtermIT {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void sigtermDrainsWithoutFailingARequest(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target/site.jar");
        RealComponent.require("the packaged jar", Files.exists(jar), "run mvn package first");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx64m", "-jar", jar.toString(), "api",
                "--bind", "127.0.0.1", "--port", Integer.toString(port), "--data", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        builder.environment().put("SITE_DRAIN_SECONDS", "1");
        Process server = builder.start();
        String base = "http://127.0.0.1:" + port;
        try {
            awaitHealthy(base);
            ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) clients.submit(() -> traffic(base, running, statuses));
            // Traffic first (bounded: a loaded machine may need a while to warm the server up).
            for (int i = 0; i < 1000 && statuses.getOrDefault(200, 0) <= 10; i++) Thread.sleep(10);
            server.destroy(); // SIGTERM
            // Act as the load balancer: stop sending once readiness says DOWN (well within the 1 s drain).
            boolean sawNotReady = false;
            for (int i = 0; i < 200 && !sawNotReady; i++) {
                sawNotReady = status(base + "/actuator/health/readiness") == 503;
                if (!sawNotReady) Thread.sleep(10);
            }
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "server stopped");
            assertTrue(sawNotReady, "readiness turned DOWN while the server still answered");
            assertTrue(statuses.getOrDefault(200, 0) > 10, "traffic flowed: " + statuses);
            assertEquals(Integer.valueOf(statuses.getOrDefault(200, 0)), statuses.values().stream().reduce(0, Integer::sum),
                    "every answered request succeeded: " + statuses);
        } finally {
            server.destroyForcibly();
        }
    }

    /** Requests until told to stop; connections refused after the listener closed are not answers. */
    private static void traffic(String base, AtomicBoolean running, ConcurrentHashMap<Integer, Integer> statuses) {
        while (running.get()) {
            int status = status(base + "/api/posts?size=5");
            if (status > 0) statuses.merge(status, 1, Integer::sum);
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitHealthy(String base) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (status(base + "/actuator/health") == 200) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become healthy in 15 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
