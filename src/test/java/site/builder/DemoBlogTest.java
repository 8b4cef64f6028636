package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;

/** The repository is itself the demo blog: it must build, and show the features it is there to show. */
class DemoBlogTest {
    @TempDir
    Path out;

    private String read(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theRepositoryRootBuildsIntoTheDemoBlog() throws IOException {
        BuildOptions options = BuildOptions.defaults(Path.of(".")).withDestination(out);
        BuildResult result = new SiteBuilder(Clock.systemUTC(), null).build(options);
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertTrue(read("posts/안녕하세요/index.html").contains("안녕하세요, 사이트입니다"), "Korean file name URL");
        assertTrue(Files.exists(out.resolve("posts/bundle-example/logo.svg")), "leaf bundle resource");
        assertTrue(read("hello/index.html").contains("url=https://blog.example.org/posts/hello-world/"), "alias");
        assertTrue(read("posts/2024/old-post/index.html").contains("An older post"), "nested section");
        assertTrue(read("index.json").startsWith("[{"), "home JSON output");
        assertEquals("User-agent: *", read("robots.txt"));
        assertTrue(read("series/getting-started/index.html").contains("Hello, World"), "custom taxonomy");
        assertTrue(!Files.exists(out.resolve("posts/draft-post/index.html")), "drafts stay out");
        assertTrue(
                read("posts/index.html").contains("class=\"pagination\""),
                "[pagination] pagerSize 5 pages the posts list");
        assertTrue(Files.exists(out.resolve("posts/page/2/index.html")), "second posts pager");
    }

    @Test
    void theDemoBlogShowsTheThemesFeatures() throws IOException {
        new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(Path.of(".")).withDestination(out));
        assertTrue(read("index.html").contains("<div class=\"profile\">"), "profile home");
        String post = read("posts/kubernetes-basics/index.html");
        assertTrue(post.contains("<div class=\"toc\">"), "table of contents");
        assertTrue(post.contains("class=\"highlight\"") && post.contains("copy-code"), "code block with copy button");
        assertTrue(read("search/index.html").contains("<div id=\"searchbox\">"), "search page");
        assertTrue(read("archives/index.html").contains("<div class=\"archive-year\">"), "archives page");
        String extras = read("posts/diagrams-and-math/index.html");
        assertTrue(
                extras.contains("<pre class=\"mermaid\">flowchart LR")
                        && extras.contains("vendor/mermaid/mermaid.min.js"),
                "Mermaid diagram");
        assertTrue(
                extras.contains("vendor/katex/katex.min.js") && extras.contains("\\( e^{i\\pi} + 1 = 0 \\)"),
                "KaTeX formula");
        assertTrue(
                extras.contains("<li class=\"series-current\" aria-current=\"page\">Diagrams and formulas</li>"),
                "series list");
        assertTrue(extras.contains("<nav class=\"related-posts\""), "related posts");
        assertTrue(!post.contains("vendor/"), "a post without diagrams or math loads neither library");
    }
}
