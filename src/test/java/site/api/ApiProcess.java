package site.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import site.testsupport.RealComponent;

/**
 * The packaged jar's {@code site api} as a child process on a loopback port it picks itself (port 0), as operators run it. Stopped by
 * its own handle: {@link #terminate} is SIGTERM, {@link #kill} SIGKILL, {@link #close} kills what is left.
 */
final class ApiProcess implements AutoCloseable {
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path JAR = Path.of("target/site.jar");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private final Process process;
    private final Path log;
    private final long logStart;
    private String base;

    private ApiProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts the server with {@code --data dataDir} and {@code env} added to ours; output goes to {@code log}. */
    static ApiProcess start(Path dataDir, Map<String, String> env, Path log) throws IOException {
        RealComponent.require("the packaged jar", Files.exists(JAR), "run mvn package first");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // C1 alone and the serial collector: the quickest start on a busy machine, and these tests restart it often.
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Xmx64m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        JAR.toString(),
                        "api",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ApiProcess(builder.start(), log, logStart);
    }

    /** The server's address, known once {@link #awaitHealthy} has read the port it bound (it binds port 0). */
    String base() {
        if (base == null)
            throw new IllegalStateException("awaitHealthy first: the port is read from the start-up line");
        return base;
    }

    /** Waits (bounded) until the server has said where it listens and {@code /actuator/health} answers 200. */
    ApiProcess awaitHealthy() throws InterruptedException, IOException {
        for (int i = 0; i < 600; i++) {
            if (base == null) base = listeningAddress();
            if (base != null && status(base + "/actuator/health") == 200) return this;
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
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The address in this run's start-up line, or null before it is written. */
    private String listeningAddress() throws IOException {
        if (!Files.exists(log)) return null;
        byte[] bytes = Files.readAllBytes(log);
        String written = new String(bytes, (int) logStart, bytes.length - (int) logStart, StandardCharsets.UTF_8);
        Matcher matcher = LISTENING.matcher(written);
        return matcher.find() ? matcher.group(1) : null;
    }
}
