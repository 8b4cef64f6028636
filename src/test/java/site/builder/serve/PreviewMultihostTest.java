package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;

/**
 * A site whose languages each have their own baseURL (multihost), as Hugo 0.111.3's server serves it: each
 * language on a port of its own, consecutive from --port in the languages' order, under its own baseURL's path,
 * its links (and its translations' links) pointing at those ports; -b gives every language its host and path;
 * --appendPort=false is refused.
 */
class PreviewMultihostTest {
    @TempDir
    Path dir;

    private TestSites site() {
        return TestSites.in(dir)
                .file("hugo.toml", """
                        baseURL = "https://ignored.example.net/"
                        defaultContentLanguage = "ko"
                        [languages.ko]
                          weight = 2
                          baseURL = "https://ko.example.org/"
                        [languages.en]
                          weight = 1
                          baseURL = "https://example.com/blog"
                        """)
                .file("content/posts/hi.md", "---\ntitle: 안녕\ndate: 2024-01-01\n---\n본문\n")
                .file("content/posts/hi.en.md", "---\ntitle: Hi\ndate: 2024-01-01\n---\nText\n")
                .file("static/s.txt", "static\n");
    }

    @Test
    void navigateToChangedNamesAnEditedPageByItsWholeUrlOnItsLanguagesPort() throws Exception {
        TestSites site = site();
        int port = twoFreePorts();
        try (PreviewRun run = new PreviewRun(dir, PreviewRun.options(port, true, true))) {
            site.file("content/posts/hi.md", "---\ntitle: 안녕\ndate: 2024-01-01\n---\n바뀐 본문\n");
            String ko = "http://127.0.0.1:" + (port + 1) + "/posts/hi/";
            String event = run.awaitEvent("reload");
            assertTrue(event.contains("\"navigate\":\"" + ko + "\""), event);
            site.file("content/posts/hi.en.md", "---\ntitle: Hi\ndate: 2024-01-01\n---\nChanged\n");
            String en = "http://127.0.0.1:" + port + "/blog/posts/hi/";
            event = run.awaitEvent("reload");
            assertTrue(event.contains("\"navigate\":\"" + en + "\""), event);
        }
    }

    @Test
    void eachLanguageIsServedOnItsOwnPortWithLinksToThosePorts() throws IOException {
        site();
        int port = twoFreePorts();
        try (PreviewRun run = new PreviewRun(dir, PreviewRun.options(port, true, false))) {
            String en = "http://127.0.0.1:" + port + "/blog/";
            String ko = "http://127.0.0.1:" + (port + 1) + "/";
            assertEquals(Map.of("en", en, "ko", ko), run.preview.urls());
            assertEquals(List.of("en", "ko"), List.copyOf(run.preview.urls().keySet()));

            HttpResponse<String> enPost = run.get(en + "posts/hi/");
            assertEquals(200, enPost.statusCode());
            assertTrue(enPost.body().contains("<link rel=\"canonical\" href=\"" + en + "posts/hi/\""), enPost.body());
            assertTrue(enPost.body().contains("hreflang=\"ko\" href=\"" + ko + "posts/hi/\""), enPost.body());
            assertTrue(
                    enPost.body().contains("<script src=\"/blog/__site/live.js?build=1\" defer></script>"),
                    enPost.body());

            HttpResponse<String> koPost = run.get(ko + "posts/hi/");
            assertEquals(200, koPost.statusCode());
            assertTrue(koPost.body().contains("<link rel=\"canonical\" href=\"" + ko + "posts/hi/\""), koPost.body());
            assertTrue(koPost.body().contains("hreflang=\"en\" href=\"" + en + "posts/hi/\""), koPost.body());
            assertTrue(
                    koPost.body().contains("<script src=\"/__site/live.js?build=1\" defer></script>"), koPost.body());

            assertEquals("static\n", run.text(en + "s.txt"));
            assertEquals("static\n", run.text(ko + "s.txt"));
            assertTrue(run.text(ko + "__site/live.js").contains("EventSource"));
            assertEquals("404 page not found\n", run.text("http://127.0.0.1:" + port + "/posts/hi/"));
            HttpResponse<String> missing = run.get(ko + "no/such/page/");
            assertEquals(404, missing.statusCode());
            assertEquals(run.text(ko + "404.html"), missing.body());
        }
    }

    @Test
    void anAskedBaseURLGivesEveryLanguageItsHostAndPathWithThatLanguagesPort() throws IOException {
        site();
        int port = twoFreePorts();
        PreviewOptions options = PreviewRun.options(port, true, false).withBaseURL("http://localhost:1313/x/", true);
        try (PreviewRun run = new PreviewRun(dir, options)) {
            String ko = "http://localhost:" + (port + 1) + "/x/";
            assertEquals(Map.of("en", "http://localhost:" + port + "/x/", "ko", ko), run.preview.urls());
            HttpResponse<String> koPost = run.get("http://127.0.0.1:" + (port + 1) + "/x/posts/hi/");
            assertEquals(200, koPost.statusCode());
            assertTrue(koPost.body().contains("<link rel=\"canonical\" href=\"" + ko + "posts/hi/\""), koPost.body());
        }
    }

    @Test
    void appendPortFalseIsRefusedAsByHugo() {
        site();
        PreviewOptions options = PreviewOptions.local(0).withBaseURL(null, false);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Preview.start(
                        new SiteBuilder(Clock.systemUTC(), null), BuildOptions.defaults(dir), options, line -> {}));
        assertEquals(
                "--appendPort=false is not supported when every language has its own baseURL (multihost): each"
                        + " language is served on a port of its own, as by hugo server",
                e.getMessage());
    }

    /** A port that is free, with the next one free too (bounded: 20 tries). */
    private static int twoFreePorts() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 20; i++) {
            int port;
            try (ServerSocket first = new ServerSocket(0, 1, loopback)) {
                port = first.getLocalPort();
            }
            if (port >= 65_535) continue;
            try (ServerSocket a = new ServerSocket(port, 1, loopback);
                    ServerSocket b = new ServerSocket(port + 1, 1, loopback)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IllegalStateException("no two consecutive free ports on 127.0.0.1");
    }
}
