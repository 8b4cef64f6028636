package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ref and relref find a page by its file's path with or without the language in its name, as Hugo 0.111.3 does. */
class RefWithoutLanguageFixtureTest {
    @TempDir
    Path dir;

    @Test
    void aPathWithoutTheLanguageFindsTheFileThatNamesIt() {
        SiteFixture.Built site = SiteFixture.of("""
                        -- hugo.toml --
                        baseURL = "https://example.org/"
                        defaultContentLanguage = "ko"
                        [languages.ko]
                        weight = 1
                        [languages.en]
                        weight = 2
                        -- content/posts/p1.en.md --
                        ---
                        title: P1
                        ---
                        -- content/posts/p2.md --
                        ---
                        title: P2
                        ---
                        -- content/posts/b.en.md --
                        ---
                        title: B
                        ---
                        [one]({{< relref "posts/p1.md" >}}) [two]({{< relref "posts/p1.en.md" >}})
                        [three]({{< ref "p1.md" >}})
                        """).build(dir);
        String b = site.text("en/posts/b/index.html");
        assertEquals(2, count(b, "href=\"/en/posts/p1/\""), b);
        assertEquals(1, count(b, "href=\"https://example.org/en/posts/p1/\""), b);
        BuildResult result = site.result();
        assertEquals(
                "/posts/p2/",
                result.languageSites()
                        .get(0)
                        .byContentPath("posts/p2.md")
                        .orElseThrow()
                        .relPermalink());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
