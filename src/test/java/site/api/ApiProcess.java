package site.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import site.testsupport.RealComponent;

/**
 * The packaged jar's {@code site api} as a child process on a free loopback port, as operators run it. Stopped by
 * its own handle: {@link #terminate} is SIGTERM, {@link #kill} SIGKILL, {@link #close} kills what is left.
 */
final class ApiProcess implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path JAR = Path.of("target/site.jar");
    private final Process process;
    private final String base;

    private ApiProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the server with {@code --data dataDir} and {@code env} added to ours; output goes to {@code log}. */
    static ApiProcess start(Path dataDir, Map<String, String> env, Path log) throws IOException {
        RealComponent.require("the packaged jar", Files.exists(JAR), "run mvn package first");
        int port = freePort();
        // C1 alone and the serial collector: the quickest start on a busy machine, and these tests restart it often.
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JAR.toString(), "api",
                "--bind", "127.0.0.1", "--port", Integer.toString(port), "--data", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ApiProcess(builder.start(), "http://127.0.0.1:" + port);
    }

    String base() {
        return base;
    }

    /** Waits (bounded) until {@code /actuator/health} answers 200. */
    ApiProcess awaitHealthy() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (status(base + "/actuator/health") == 200) return this;
            if (!process.isAlive()) throw new AssertionError("the server exited with " + process.exitValue());
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become healthy in 30 s");
    }

    void terminate() {
        process.destroy();
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) throw new AssertionError("the killed server did not exit");
    }

    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** The status of a GET, or -1 when nothing answered. */
    static int status(String url) {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
