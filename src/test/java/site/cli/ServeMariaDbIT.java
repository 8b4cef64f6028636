package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import site.api.TestDatabase;
import site.builder.TestSites;

/** `site serve --db URL`: the preview's API on MariaDB, where a comment posted through the preview is stored. */
class ServeMariaDbIT {
    @TempDir
    Path dir;

    @Test
    void aCommentPostedThroughThePreviewLandsInTheGivenDatabase() throws Exception {
        TestSites.in(dir).file("content/posts/hello.md", "---\ntitle: Hello\ncomments: true\n---\nHi\n");
        try (TestDatabase db = TestDatabase.mariaDb()) {
            ServeCommand command = new ServeCommand(Map.of(
                    "SITE_DB_USER",
                    db.config().username(),
                    "SITE_DB_PASSWORD",
                    db.config().password()));
            new CommandLine(command)
                    .parseArgs(
                            "-s",
                            dir.toString(),
                            "--port",
                            "0",
                            "--db",
                            db.config().url());
            List<String> terminal = new ArrayList<>();
            try (ServeCommand.Serving serving = command.open(terminal::add)) {
                HttpResponse<String> posted = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(serving.preview().url() + "api/comments"))
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"page\":\"/posts/hello/\",\"author\":\"Kim\",\"text\":\"Stored in MariaDB\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(201, posted.statusCode(), posted.body());
            }
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM comments WHERE text = 'Stored in MariaDB'"));
        }
    }
}
