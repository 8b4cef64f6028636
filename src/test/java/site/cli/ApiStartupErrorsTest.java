package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Expected failures at start-up end in one line naming the cause and exit code 1, never a stack trace. */
class ApiStartupErrorsTest {

    @Test
    void aTakenPortIsOneLine(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Started run = start(Map.of(), "--data", dir.toString(), "--bind", "127.0.0.1", "--port", Integer.toString(port));
            assertEquals(1, run.exitCode());
            assertEquals("Error: cannot listen on 127.0.0.1:" + port + ": Address already in use"
                    + " (is another server using the port? set --port)", run.lastLine());
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
        Started run = start(Map.of("SITE_DB_URL", "jdbc:oracle:thin:@db:1521/board"), "--data", dir.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals("Error: not a database URL site knows: jdbc:oracle:thin:@db:1521/board"
                + " (use jdbc:mysql:, jdbc:mariadb: or jdbc:h2:)", run.lastLine());
    }

    @Test
    void aDataFolderThatIsAFileIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Started run = start(Map.of(), "--data", file.toString(), "--port", "0");
        assertEquals(1, run.exitCode());
        assertEquals("Error: the data folder " + file + " is a file, not a folder (set --data)", run.err().strip());
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
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new ApiCommand(env, Path.of(""))).execute(args);
            return new Started(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private record Started(int exitCode, String err) {
        String lastLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }
}
