package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/site runs the packaged jar with per-command JVM settings, and SITE_JAVA_OPTS replaces them. */
class LauncherIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private static String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "bin/site";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/site did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void runsThePackagedJar() throws Exception {
        assertTrue(run(Map.of(), "version").startsWith("site "));
    }

    /** The JVM prints the flags it was given: the defaults without SITE_JAVA_OPTS, only its own with it. */
    @Test
    void siteJavaOptsReplaceTheDefaults() throws Exception {
        String defaults = run(Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"), "version");
        assertTrue(defaults.contains("-XX:TieredStopAtLevel=1") && defaults.contains("-XX:+UseSerialGC"), defaults);
        String replaced = run(Map.of("SITE_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx77m"), "version");
        assertTrue(replaced.contains("-XX:MaxHeapSize=" + 77 * 1024 * 1024), replaced);
        assertFalse(replaced.contains("-XX:TieredStopAtLevel"), "the defaults are gone: " + replaced);
    }

    /** The api profile writes a class-data archive when the first server stops and starts the next one from it. */
    @Test
    void apiKeepsAClassDataArchiveBetweenStarts(@TempDir Path dir) throws Exception {
        Path cds = dir.resolve("cds");
        stopServer(startServer(dir, cds));
        try (var archives = Files.list(cds)) {
            assertEquals(
                    1, archives.filter(f -> f.toString().endsWith(".jsa")).count(), "one archive after the first run");
        }
        Process second = startServer(dir, cds);
        String commandLine =
                Files.readString(Path.of("/proc/" + second.pid() + "/cmdline")).replace('\0', ' ');
        stopServer(second);
        assertTrue(commandLine.contains("-XX:SharedArchiveFile=" + cds), commandLine);
        assertTrue(commandLine.contains("-Xmx64m"), commandLine);
        assertTrue(
                commandLine.contains("-XX:-TieredCompilation") && commandLine.contains("-XX:-FlightRecorder"),
                commandLine);
    }

    /** Starts `bin/site api` on port 0 (no free port picked and released first) and reads the port it bound. */
    private static Process startServer(Path dir, Path cds) throws Exception {
        Path log = dir.resolve("out.log");
        ProcessBuilder pb = new ProcessBuilder(
                        "bin/site",
                        "api",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("SITE_CDS_DIR", cds.toString());
        Process server = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            Matcher listening = LISTENING.matcher(read(log));
            if (listening.find() && healthy(http, listening.group(1))) return server;
            assertTrue(server.isAlive(), () -> "bin/site api exited: " + read(log));
            Thread.sleep(50);
        }
        server.destroyForcibly();
        throw new AssertionError("bin/site api was not healthy within 30 s: " + read(log));
    }

    private static boolean healthy(HttpClient http, String base) throws InterruptedException {
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void stopServer(Process server) throws InterruptedException {
        server.destroy(); // SIGTERM: a graceful stop, after which the JVM writes the archive
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "bin/site api did not stop");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
