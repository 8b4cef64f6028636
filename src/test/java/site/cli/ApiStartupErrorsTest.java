package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import site.cli.logging.Logging;

/** Expected failures at start-up end in one line naming the cause and exit code 1, never a stack trace. */
class ApiStartupErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTakenPortIsOneLine(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Started run =
                    start(Map.of(), "--data", dir.toString(), "--bind", "127.0.0.1", "--port", Integer.toString(port));
            assertEquals(1, run.exitCode());
            assertEquals(
                    "Error: cannot listen on 127.0.0.1:" + port + ": Address already in use"
                            + " (is another server using the port? set --port)",
                    run.lastLine());
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLine(@TempDir Path dir) throws IOException {
        String url = "jdbc:mysql://127.0.0.1:" + closedPort() + "/board";
        Started run = start(Map.of("SITE_DB_URL", url), "--data", dir.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals("Error: cannot reach the database at " + url + ": Connection refused", run.lastLine());
    }

    @Test
    void migrateAgainstAnUnreachableDatabaseIsOneLine(@TempDir Path dir) throws IOException {
        String url = "jdbc:mysql://127.0.0.1:" + closedPort() + "/board";
        Started run = start(Map.of("SITE_DB_URL", url), "migrate");
        assertEquals(1, run.exitCode());
        assertEquals("Error: cannot reach the database at " + url + ": Connection refused", run.lastLine());
    }

    @Test
    void anUnknownDatabaseUrlIsOneLine(@TempDir Path dir) throws IOException {
        Started run = start(
                Map.of("SITE_DB_URL", "jdbc:oracle:thin:@db:1521/board"), "--data", dir.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals(
                "Error: not a database URL site knows: jdbc:oracle:thin:@db:1521/board"
                        + " (use jdbc:mysql:, jdbc:mariadb: or jdbc:h2:)",
                run.lastLine());
    }

    @Test
    void aDataFolderThatIsAFileIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Started run = start(Map.of(), "--data", file.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals(
                "Error: the data folder " + file + " is a file, not a folder (set --data)",
                run.err().strip());
    }

    @Test
    void anInvalidLogLevelIsOneLineNamingTheSetting(@TempDir Path dir) {
        Started run = start(Map.of("SITE_LOG_LEVEL", "verbose"), "--data", dir.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals(
                "Error: SITE_LOG_LEVEL must be one of [trace, debug, info, warn, error], not 'verbose'",
                run.err().strip());
    }

    /**
     * The server logs JSON lines on stdout from the start; a taken port stops it after the API has opened (on an
     * in-memory database: the file database's compaction thread trips an H2 assertion under the tests' -ea).
     */
    @Test
    void logLevelWarnHidesInfoLinesAndTheFlagWins() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] args = {"--bind", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort())};
            Started info = start(adminOnMemoryDatabase("info", null), args);
            assertTrue(info.levelsAndMessages().contains("INFO created admin account admin"), info.out() + info.err());
            List<String> warningOnly = List.of(
                    "WARN no token secret configured (SITE_JWT_SECRET): using a random one; tokens end with this process");
            assertEquals(
                    warningOnly,
                    start(adminOnMemoryDatabase("warn", "warn"), args).levelsAndMessages());
            String[] flagged = {"--log-level", "WARN", "--bind", "127.0.0.1", "--port", args[3]};
            assertEquals(
                    warningOnly,
                    start(adminOnMemoryDatabase("flag", "info"), flagged).levelsAndMessages(),
                    "the flag wins");
        } finally {
            Logging.plainOnStderr();
        }
    }

    private static Map<String, String> adminOnMemoryDatabase(String name, String logLevel) {
        Map<String, String> env = new HashMap<>(Map.of(
                "SITE_ADMIN_USERNAME",
                "admin",
                "SITE_ADMIN_PASSWORD",
                "admin-password-1",
                "SITE_DB_URL",
                "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"));
        if (logLevel != null) env.put("SITE_LOG_LEVEL", logLevel);
        return env;
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Started start(Map<String, String> env, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new ApiCommand(env, Path.of(""), out)).execute(args);
            return new Started(code, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private record Started(int exitCode, String err, String out) {
        /** The application's log lines on stdout, as "LEVEL message". */
        List<String> levelsAndMessages() throws IOException {
            List<String> lines = new ArrayList<>();
            for (String line : out.lines().toList()) {
                JsonNode node = JSON.readTree(line);
                assertEquals("app", node.get("type").asText(), line);
                lines.add(node.get("level").asText() + " " + node.get("message").asText());
            }
            return lines;
        }

        String lastLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }
}
