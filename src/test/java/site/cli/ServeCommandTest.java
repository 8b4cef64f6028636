package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import site.builder.TestSites;

/** `site serve` as the CLI wires it: flags, the development environment, and the API mounted beside the site. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> terminal = new ArrayList<>();

    private ServeCommand.Serving serve(String... flags) {
        ServeCommand command = new ServeCommand(Map.of("SITE_BCRYPT_COST", "4"));
        List<String> args = new ArrayList<>(List.of("-s", dir.toString(), "--port", "0"));
        args.addAll(List.of(flags));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command.open(terminal::add);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private TestSites site() {
        return TestSites.in(dir)
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\ncomments: true\n---\nHi\n")
                .file("content/posts/draft.md", "---\ntitle: Drafty\ndraft: true\n---\nNot yet\n")
                .file("config/development/hugo.toml", "title = \"Dev Title\"\n");
    }

    @Test
    void aCommentPostedThroughThePreviewsApiIsListedForItsPage() throws Exception {
        site();
        // in memory: H2's file compaction trips its own assertion under -ea, as the API's tests also avoid
        String db = site.api.store.DatabaseConfig.h2Memory("serve_" + System.nanoTime())
                .url();
        try (ServeCommand.Serving serving = serve("--db", db)) {
            String base = serving.preview().url();
            String page = send(HttpRequest.newBuilder(URI.create(base + "posts/hello/")))
                    .body();
            assertTrue(page.contains("data-api=\"/api\" data-page=\"/posts/hello/\""), page);
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "api/comments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"page\":\"/posts/hello/\",\"author\":\"Kim\",\"text\":\"From the preview\"}")));
            assertEquals(201, posted.statusCode(), posted.body());
            String thread = send(HttpRequest.newBuilder(URI.create(base + "api/comments?path=/posts/hello/")))
                    .body();
            assertTrue(thread.contains("From the preview"), thread);
            assertEquals(
                    "{\"status\":\"UP\"}",
                    send(HttpRequest.newBuilder(URI.create(base + "actuator/health")))
                            .body());
        }
    }

    @Test
    void servesTheDevelopmentEnvironmentAndDraftsWithDashD() throws Exception {
        site();
        try (ServeCommand.Serving serving = serve("--noApi", "-D")) {
            String base = serving.preview().url();
            assertTrue(send(HttpRequest.newBuilder(URI.create(base + "posts/hello/")))
                    .body()
                    .contains("Dev Title"));
            assertEquals(
                    200,
                    send(HttpRequest.newBuilder(URI.create(base + "posts/draft/")))
                            .statusCode());
            assertEquals(
                    404,
                    send(HttpRequest.newBuilder(URI.create(base + "api/posts"))).statusCode(),
                    "--noApi");
        }
        try (ServeCommand.Serving serving = serve("--noApi", "-e", "production")) {
            String base = serving.preview().url();
            assertFalse(send(HttpRequest.newBuilder(URI.create(base + "posts/hello/")))
                    .body()
                    .contains("Dev Title"));
            assertEquals(
                    404,
                    send(HttpRequest.newBuilder(URI.create(base + "posts/draft/")))
                            .statusCode());
        }
    }

    @Test
    void renderToDiskAlsoWritesEachGoodBuildToTheDestination() throws Exception {
        site();
        try (ServeCommand.Serving serving =
                serve("--noApi", "--renderToDisk", "-d", dir.resolve("out").toString())) {
            String written = Files.readString(dir.resolve("out/posts/hello/index.html"));
            assertTrue(written.contains(serving.preview().url() + "posts/hello/"), "links point at the preview");
            assertFalse(
                    written.contains("/__site/live.js"), "the reload script is added as pages are served, not written");
        }
    }

    @Test
    void hugoServerFlagsFromScriptsAreAcceptedAndTheMeaninglessOnesSaySo() throws Exception {
        site();
        try (ServeCommand.Serving serving = serve(
                "--noApi",
                "--disableFastRender",
                "--poll",
                "700ms",
                "--meminterval",
                "1s",
                "-w",
                "--appendPort=false",
                "-b",
                "https://example.org/docs/",
                "--disableBrowserError")) {
            assertEquals("https://example.org/docs/", serving.preview().url(), "no port added");
            assertEquals(
                    List.of(
                            "NOTICE --disableFastRender: there is no fast render mode; every rebuild brings every page up to date",
                            "NOTICE --poll 700ms: changes are seen through the system's file events, not by polling",
                            "NOTICE --memstats, --meminterval, --printMemoryUsage: memory use is not recorded"),
                    terminal.stream()
                            .filter(line -> line.startsWith("NOTICE --"))
                            .toList());
            String page = send(HttpRequest.newBuilder(local(serving, "/docs/posts/hello/")))
                    .body();
            assertTrue(page.contains("<script src=\"/docs/__site/live.js?build=1&amp;errors=off\" defer>"), page);
        }
    }

    @Test
    void withWatchFalseAnEditIsNotRebuilt() throws Exception {
        TestSites site = site();
        try (ServeCommand.Serving serving = serve("--noApi", "--watch=false")) {
            site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nEdited\n");
            Thread.sleep(1_500); // thirty times the quiet period a watched edit waits before its rebuild
            String page = send(HttpRequest.newBuilder(local(serving, "/posts/hello/")))
                    .body();
            assertTrue(page.contains("Hi") && !page.contains("Edited"), page);
            assertFalse(terminal.stream().anyMatch(line -> line.startsWith("Change detected")), terminal.toString());
        }
    }

    /** The preview on its loopback address, whatever host its base URL names. */
    private static URI local(ServeCommand.Serving serving, String path) {
        return URI.create("http://127.0.0.1:" + serving.preview().port() + path);
    }
}
