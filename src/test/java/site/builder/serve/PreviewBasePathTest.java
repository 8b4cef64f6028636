package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/**
 * A base URL with a path (https://example.org/blog/): as Hugo 0.111.3's server, the preview keeps the path in its
 * address, serves the site and its reload script under it, and answers a plain 404 outside it.
 */
class PreviewBasePathTest {
    @TempDir
    Path dir;

    private void site(String baseURL) {
        TestSites.in(dir)
                .file("hugo.toml", "baseURL = \"" + baseURL + "\"\ntitle = \"Test\"\n")
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nHi there\n")
                .file("static/css/extra.css", "body { color: red }\n");
    }

    @Test
    void theConfiguredPathIsKeptAndTheSiteIsServedUnderIt() {
        site("https://example.org/blog/");
        try (PreviewRun run = PreviewRun.of(dir)) {
            assertEquals("http://127.0.0.1:" + run.preview.port() + "/blog/", run.preview.url());
            HttpResponse<String> page = run.get("/blog/posts/hello/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("href=\"" + run.preview.url() + "posts/hello/\""), page.body());
            assertTrue(
                    page.body().contains("<script src=\"/blog/__site/live.js?build=1\" defer></script>"), page.body());
            assertTrue(run.text("/blog/__site/live.js").contains("EventSource"));
            assertEquals("body { color: red }\n", run.text("/blog/css/extra.css"));
            HttpResponse<String> folder = run.get("/blog");
            assertEquals(301, folder.statusCode());
            assertEquals("/blog/", folder.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void outsideThePathAPlain404InsideItTheSitesNotFoundPage() {
        site("https://example.org/blog");
        try (PreviewRun run = PreviewRun.of(dir)) {
            for (String outside :
                    new String[] {"/", "/posts/hello/", "/css/extra.css", "/__site/live.js", "/blogger/"}) {
                HttpResponse<String> response = run.get(outside);
                assertEquals(404, response.statusCode(), outside);
                assertEquals("404 page not found\n", response.body(), outside);
            }
            HttpResponse<String> missing = run.get("/blog/no/such/page/");
            assertEquals(404, missing.statusCode());
            assertEquals(run.text("/blog/404.html"), missing.body());
        }
    }

    @Test
    void anAskedBaseURLKeepsItsHostAndPathAndThePortIsAddedUnlessAppendPortIsOff() {
        assertEquals(
                "http://localhost:4000/docs/",
                PreviewAddress.baseURL("127.0.0.1", 4000, "http://localhost:1313/docs/", true, "/docs/"));
        assertEquals(
                "https://example.org/docs/",
                PreviewAddress.baseURL("127.0.0.1", 4000, "https://example.org/docs/", false, "/docs/"));
        assertEquals(
                "https://example.org:8443/",
                PreviewAddress.baseURL("127.0.0.1", 4000, "https://example.org:8443", false, "/"));
        assertEquals("http://localhost:4000/", PreviewAddress.baseURL("0.0.0.0", 4000, null, true, "/"));
        assertEquals("http://127.0.0.1/blog/", PreviewAddress.baseURL("127.0.0.1", 4000, null, false, "/blog/"));
    }
}
