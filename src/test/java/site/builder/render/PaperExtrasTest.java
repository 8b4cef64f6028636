package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** The bundled theme's features beyond PaperMod: side TOC, series, related posts, Mermaid and KaTeX. */
class PaperExtrasTest {
    @TempDir
    Path src;

    @TempDir
    Path out;

    TestSites site;

    @BeforeEach
    void site() {
        site = TestSites.bare(src)
                .file("hugo.toml", """
                baseURL = "https://example.org/blog/"
                title = "T"
                [taxonomies]
                tag = "tags"
                series = "series"
                [params]
                ShowToc = true
                """)
                .file(
                        "content/posts/k1.md",
                        "---\ntitle: K1\ndate: 2024-03-01\nseries: [Kube]\ntags: [k8s, ops]\n---\nfirst\n\n## One\n")
                .file(
                        "content/posts/k3.md",
                        "---\ntitle: K3\ndate: 2024-05-01\nseries: [Kube]\ntags: [k8s]\n---\nthird\n")
                .file(
                        "content/posts/k2.md",
                        "---\ntitle: K2\ndate: 2024-04-01\nseries: [Kube]\ntags: [k8s, ops]\nShowRelated: true\n---\nsecond\n")
                .file(
                        "content/posts/j.md",
                        "---\ntitle: J\ndate: 2024-04-02\nseries: [Java]\ntags: [java]\n---\njava\n")
                .file(
                        "content/posts/plain.md",
                        "---\ntitle: Plain\ndate: 2024-01-01\n---\nA price of $5 and $$ in code: `echo $$`\n\n```sh\necho $$ $$\n```\n");
    }

    private Document read(String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    private Document build(String page) throws IOException {
        site.buildTo(out);
        return read(page);
    }

    /** The page's script URLs, theme bundles without their fingerprint ("/blog/assets/js/math.js"). */
    private static List<String> scripts(Document d) {
        return d.select("script[src]").eachAttr("src").stream()
                .map(s -> s.replaceAll("\\.[0-9a-f]{64}\\.js$", ".js"))
                .toList();
    }

    @Test
    void aMermaidBlockBecomesADiagramAndLinksTheVendoredScript() throws IOException {
        site.file("content/posts/d.md", "---\ntitle: D\n---\n```mermaid\ngraph TD\n  A-->B\n```\n");
        Document d = build("posts/d/index.html");
        assertEquals(
                "graph TD\n  A-->B", d.selectFirst(".post-content pre.mermaid").wholeText());
        assertEquals(
                List.of("/blog/vendor/mermaid/mermaid.min.js", "/blog/assets/js/mermaid.js"),
                scripts(d).stream().filter(s -> s.contains("mermaid")).toList());
        assertTrue(
                Files.size(out.resolve("vendor/mermaid/mermaid.min.js")) > 1_000_000,
                "the vendored Mermaid is published");
    }

    @Test
    void aPageWithoutDiagramsOrMathLinksNeitherLibrary() throws IOException {
        Document plain = build("posts/plain/index.html");
        assertEquals(
                List.of(),
                scripts(plain).stream()
                        .filter(s -> s.contains("vendor/") || s.contains("math") || s.contains("mermaid"))
                        .toList());
        assertEquals(0, plain.select("link[href*=katex]").size());
    }

    @Test
    void mathDelimitersLinkKatexAndItsStylesheet() throws IOException {
        site.file("content/posts/m.md", "---\ntitle: M\n---\nEuler: $$e^{i\\pi} + 1 = 0$$ and \\\\(a^2\\\\).\n");
        Document m = build("posts/m/index.html");
        assertEquals(
                "/blog/vendor/katex/katex.min.css",
                m.selectFirst("link[rel=stylesheet][href*=katex]").attr("href"));
        assertEquals(
                List.of(
                        "/blog/vendor/katex/katex.min.js",
                        "/blog/vendor/katex/contrib/auto-render.min.js",
                        "/blog/assets/js/math.js"),
                scripts(m).stream()
                        .filter(s -> s.contains("katex") || s.contains("math"))
                        .toList());
        assertTrue(
                Files.exists(out.resolve("vendor/katex/fonts/KaTeX_Main-Regular.woff2")),
                "KaTeX's fonts are published");
    }

    @Test
    void theMathParamOverridesDetection() throws IOException {
        site.file("content/posts/on.md", "---\ntitle: On\nmath: true\n---\nno formula\n")
                .file("content/posts/off.md", "---\ntitle: Off\nmath: false\n---\n$$x$$\n");
        assertEquals(
                1,
                build("posts/on/index.html").select("script[src$=katex.min.js]").size());
        assertEquals(
                0,
                read("posts/off/index.html").select("script[src$=katex.min.js]").size());
    }

    @Test
    void aSeriesListsItsPostsOldestFirstWithTheCurrentOneMarked() throws IOException {
        Element nav = build("posts/k2/index.html").selectFirst(".post-content > nav.series-nav");
        assertEquals("Series: Kube (part 2 of 3)", nav.selectFirst("p").text());
        assertEquals(
                "https://example.org/blog/series/kube/", nav.selectFirst("p a").attr("href"));
        assertEquals(List.of("K1", "K2", "K3"), nav.select("li").eachText());
        assertEquals("K2", nav.selectFirst("li[aria-current=page]").text());
        assertEquals(
                List.of("https://example.org/blog/posts/k1/", "https://example.org/blog/posts/k3/"),
                nav.select("li a").eachAttr("href"));
        assertEquals(0, read("posts/plain/index.html").select(".series-nav").size());
    }

    @Test
    void aLongSeriesShowsTheTenPostsAroundThePageNumberedByTheirPlace() throws IOException {
        for (int i = 1; i <= 14; i++) {
            site.file(
                    "content/long/l" + i + ".md",
                    "---\ntitle: L" + i + "\ndate: 2023-01-" + (10 + i) + "\nseries: [Long]\n---\nx\n");
        }
        Element nav = build("long/l7/index.html").selectFirst("nav.series-nav");
        assertEquals("Series: Long (part 7 of 14)", nav.selectFirst("p").text());
        assertEquals("2", nav.selectFirst("ol").attr("start"));
        assertEquals(
                List.of("L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11"),
                nav.select("li").eachText());
        assertEquals(
                List.of("L5", "L6", "L7", "L8", "L9", "L10", "L11", "L12", "L13", "L14"),
                read("long/l14/index.html").select("nav.series-nav li").eachText());
    }

    @Test
    void relatedPostsShowOnlyWhereAskedBestFirstAndNeverNewer() throws IOException {
        Document k2 = build("posts/k2/index.html");
        // k1 shares two tags and the year, j and plain only the year, k3 is newer (Hugo's includeNewer = false)
        assertEquals(
                List.of("K1"), k2.select(".post-footer .related-posts li a").eachText());
        assertEquals(0, read("posts/k3/index.html").select(".related-posts").size());
    }

    @Test
    void aRelatedTableCanMakeTheMonthEnough() throws IOException {
        // one match of weight 90 of 90 scores 100: the month alone relates pages (nothing is pruned as "never enough")
        site.file(
                "hugo.toml",
                site.read("hugo.toml") + "ShowRelated = true\n[related]\nthreshold = 80\nincludeNewer = true\n"
                        + "[[related.indices]]\nname = \"date\"\nweight = 90\npattern = \"2006-01\"\n");
        assertEquals(
                List.of("K2"),
                build("posts/j/index.html").select(".related-posts li a").eachText());
        assertEquals(
                List.of("J"),
                read("posts/k2/index.html").select(".related-posts li a").eachText());
    }

    @Test
    void theTocMovesAsideUnlessTocSideIsFalse() throws IOException {
        site.file("content/posts/inline.md", "---\ntitle: I\nTocSide: false\n---\ntext\n\n## Two\n");
        Document k1 = build("posts/k1/index.html");
        assertEquals(
                List.of("/blog/assets/js/toc-side.js"),
                scripts(k1).stream().filter(s -> s.contains("toc")).toList());
        assertEquals(1, k1.select(".toc details").size(), "the same PaperMod TOC element, positioned by the script");
        Document inline = read("posts/inline/index.html");
        assertEquals(1, inline.select(".toc").size());
        assertEquals(
                List.of(),
                scripts(inline).stream().filter(s -> s.contains("toc")).toList());
    }
}
