package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import site.builder.TestSites;
import site.testsupport.ChromiumDom;
import site.testsupport.RealComponent;
import site.testsupport.StaticFileServer;

/** The vendored Mermaid and KaTeX and the side TOC at work in headless Chromium, served over HTTP. */
class PaperExtrasIT {
    private static StaticFileServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        RealComponent.requireCommand("chromium", "chromium", "--version");
        Path builds = Files.createDirectories(Path.of("target/site-builds")).toAbsolutePath();
        Path src = Files.createTempDirectory(builds, "extras-src"), out = Files.createTempDirectory(builds, "extras");
        server = StaticFileServer.start(out);
        TestSites.bare(src)
                .file("hugo.toml", "baseURL = \"" + server.baseURL() + "\"\ntitle = \"X\"\n[params]\nShowToc = true\n")
                .file(
                        "content/posts/d.md",
                        "---\ntitle: D\n---\n## Diagram\n\n```mermaid\ngraph LR\n  A-->B\n```\n\n"
                                + "## Math\n\n$$\\frac{a}{b}$$ and \\\\(x^2\\\\)\n")
                .buildTo(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void mermaidDrawsTheDiagramAndKatexTypesetsTheFormulas() throws Exception {
        Document d = ChromiumDom.of(server.baseURL() + "posts/d/", 1400, 900);
        assertEquals(1, d.select(".post-content pre.mermaid svg").size(), "the diagram is an SVG");
        assertEquals(1, d.select(".post-content .katex-display").size(), "the display formula");
        assertEquals(2, d.select(".post-content .katex").size(), "both formulas");
    }

    @Test
    void theTocSitsBesideTheArticleOnlyOnWideScreens() throws Exception {
        Document wide = ChromiumDom.of(server.baseURL() + "posts/d/", 1400, 900);
        assertTrue(wide.selectFirst(".toc").hasClass("toc-side"), "wide: beside the article");
        assertTrue(wide.selectFirst(".toc details").hasAttr("open"), "wide: open");
        Document narrow = ChromiumDom.of(server.baseURL() + "posts/d/", 800, 900);
        assertTrue(!narrow.selectFirst(".toc").hasClass("toc-side"), "narrow: PaperMod's inline TOC");
    }
}
