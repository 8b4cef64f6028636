package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multilingual site's layout on disk, without Hugo (BuildVsHugoIT compares the fixtures with Hugo itself). */
class MultilingualBuildTest {
    @TempDir
    Path src;

    @TempDir
    Path out;

    private String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void eachLanguageHasItsSiteAndTheRootHasTheSitemapIndexAndTheRedirect() throws IOException {
        TestSites.bare(src)
                .file("hugo.toml", """
                baseURL = "https://example.org/"
                defaultContentLanguage = "ko"
                [languages.ko]
                weight = 1
                [languages.en]
                weight = 2
                contentDir = "content_en"
                """)
                .file("content/posts/hello.md", "---\ntitle: 안녕\ndate: 2024-01-02\n---\n본문\n")
                .file("content/posts/hello.en.md", "---\ntitle: Hello\ndate: 2024-01-03\naliases: [/old/]\n---\nbody\n")
                .file("static/shared.txt", "shared\n")
                .buildTo(out);
        assertTrue(Files.exists(out.resolve("posts/hello/index.html")));
        assertTrue(Files.exists(out.resolve("en/posts/hello/index.html")), "content_en does not exist: still built");
        assertTrue(read("sitemap.xml").contains("<sitemapindex"));
        assertTrue(read("ko/sitemap.xml").contains("hreflang=\"en\""));
        assertTrue(read("ko/index.html").contains("url=https://example.org/\""), "the default language's redirect");
        assertTrue(read("old/index.html").contains("url=https://example.org/en/posts/hello/\""), "aliases at the root");
        assertEquals("shared\n", read("shared.txt"));
        assertFalse(Files.exists(out.resolve("en/shared.txt")), "static files once");
        assertTrue(read("en/index.xml").contains("<title>Hello</title>"));
        assertFalse(read("index.xml").contains("Hello"), "each language's feed has its own pages");
    }
}
