package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;
import site.testsupport.ChromiumDom;
import site.testsupport.RealComponent;
import site.testsupport.StaticFileServer;

/** The paper theme's search page in headless Chromium, on the Korean fixture blog served over HTTP. */
class PaperSearchIT {
    private static StaticFileServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        RealComponent.requireCommand("chromium", "chromium", "--version");
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target/site-builds")), "search");
        server = StaticFileServer.start(out);
        new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(Path.of("src/test/resources/sites/papermod-profile"))
                        .withDestination(out.toAbsolutePath())
                        .withBaseURL(server.baseURL()));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The search page after its script ran with {@code ?q=query}. */
    private static Document searched(String query) throws IOException, InterruptedException {
        String url = server.baseURL() + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return ChromiumDom.of(url, 800, 600);
    }

    @Test
    void aPartialKoreanWordFindsThePostsThatContainIt() throws Exception {
        assertEquals(
                List.of("쿠버네티스 서비스 »", "쿠버네티스 입문 »"),
                searched("쿠버").select("#searchResults .entry-header").eachText());
    }

    @Test
    void everyWordOfTheQueryMustMatch() throws Exception {
        assertEquals(
                List.of("자바 스트림 정리 »"),
                searched("자바 스트림").select("#searchResults .entry-header").eachText());
    }

    @Test
    void aQueryWithoutMatchesSaysSo() throws Exception {
        Document page = searched("없는말");
        assertEquals(List.of(), page.select("#searchResults .post-entry").eachText());
        assertEquals(
                "결과가 없습니다", page.selectFirst("#searchResults .search-empty").text());
    }
}
