package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** What the preview serves and how: pages, folders, the 404 page, content types, caching, traversal, ports. */
class PreviewServingTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.in(dir)
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nHi there\n")
                .file("static/css/extra.css", "body { color: red }\n")
                .file("static/img/dot.png", "PNG");
    }

    @Test
    void servesFolderIndexesWithTheirTypesAndNoCaching() {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            HttpResponse<String> page = run.get("/posts/hello/");
            assertEquals(200, page.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(page.body().contains("Hi there"), page.body());
            assertEquals(
                    "text/css; charset=utf-8",
                    run.get("/css/extra.css")
                            .headers()
                            .firstValue("Content-Type")
                            .orElseThrow());
            assertEquals(
                    "image/png",
                    run.get("/img/dot.png").headers().firstValue("Content-Type").orElseThrow());
            assertEquals(
                    "application/xml",
                    run.get("/index.xml").headers().firstValue("Content-Type").orElseThrow());
            HttpResponse<String> folder = run.get("/posts");
            assertEquals(301, folder.statusCode());
            assertEquals("/posts/", folder.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void linksPointAtThePreviewNotTheConfiguredBaseURL() {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            assertEquals("http://127.0.0.1:" + run.preview.port() + "/", run.preview.url());
            String home = run.text("/");
            assertTrue(home.contains("href=\"" + run.preview.url() + "posts/hello/\""), home);
            assertFalse(home.contains("https://example.org/"), home);
        }
    }

    @Test
    void anUnknownPathGetsTheSitesNotFoundPageWithStatus404() {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            HttpResponse<String> missing = run.get("/no/such/page/");
            assertEquals(404, missing.statusCode());
            assertEquals(run.text("/404.html"), missing.body());
        }
    }

    @Test
    void traversalAttemptsInAnyEncodingAre404() throws Exception {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            for (String target : new String[] {
                "/../hugo.toml",
                "/posts/../../hugo.toml",
                "/%2e%2e/hugo.toml",
                "/%2E%2E%2Fhugo.toml",
                "/posts/..%2f..%2fhugo.toml",
                "/..%5chugo.toml",
                "/%252e%252e/hugo.toml",
                "/css/%00extra.css",
                "/./css/extra.css",
                "//etc/passwd"
            }) {
                assertEquals("HTTP/1.1 404 Not Found", run.rawStatus(target), target);
            }
            assertEquals("HTTP/1.1 200 OK", run.rawStatus("/css/extra.css"), "the same file by its own path");
        }
    }

    @Test
    void pagesCarryTheReloadScriptUnlessLiveReloadIsOff() {
        site();
        try (PreviewRun run = PreviewRun.of(dir)) {
            assertTrue(run.text("/posts/hello/")
                    .contains("<script src=\"/__site/live.js?build=1\" defer></script></head>"));
            assertTrue(run.text("/__site/live.js").contains("EventSource"));
            assertFalse(run.text("/css/extra.css").contains("live.js"));
        }
        try (PreviewRun run = new PreviewRun(dir, PreviewRun.options(0, false, false))) {
            assertFalse(run.text("/posts/hello/").contains("live.js"));
            assertEquals(404, run.get("/__site/live.js").statusCode());
        }
    }

    @Test
    void aTakenPortMovesToTheNextOneAndSaysSo() throws Exception {
        site();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                PreviewRun run = new PreviewRun(dir, PreviewRun.options(taken.getLocalPort(), true, false))) {
            assertTrue(
                    run.preview.port() > taken.getLocalPort()
                            && run.preview.port() < taken.getLocalPort() + PreviewServer.PORTS_TRIED,
                    "" + run.preview.port());
            assertTrue(
                    run.terminal.contains("port " + taken.getLocalPort()
                            + " is in use (another preview?): serving on port " + run.preview.port() + " instead"),
                    run.terminal.toString());
            assertEquals(200, run.get("/posts/hello/").statusCode());
        }
    }
}
