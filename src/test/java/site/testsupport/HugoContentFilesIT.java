package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/**
 * Hugo 0.111.3 facts behind the intended differences about content/ files (COMPATIBILITY.md): what Hugo does with
 * a dangling link and with ignoreFiles in a leaf bundle's sub-folder. BuildVsHugoIT's content-files site checks
 * the rest against site.
 */
@HugoFact
class HugoContentFilesIT {
    private static final String PAGE = "---\ntitle: T\n---\nbody\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void requireHugo() {
        HugoFixtures.requireHugo();
    }

    private HugoSite hugo(TestSites site) throws IOException {
        return HugoOracle.build(site.root(), dir.resolve("public"));
    }

    @Test
    void aDanglingLinkMakesHugoSkipTheWholeFolderItIsIn() throws IOException {
        TestSites site = TestSites.in(dir.resolve("site"))
                .file("content/posts/a.md", PAGE)
                .file("content/posts/beside.png", "png")
                .file("content/notes/b.md", PAGE);
        Files.createSymbolicLink(site.root().resolve("content/posts/gone.md"), dir.resolve("nowhere.md"));
        HugoSite hugo = hugo(site);
        assertTrue(hugo.pages().containsKey("/notes/b/"), hugo.pages().keySet().toString());
        assertFalse(hugo.pages().containsKey("/posts/a/"), hugo.pages().keySet().toString());
        assertFalse(hugo.files().contains("posts/beside.png"));
    }

    @Test
    void ignoreFilesIsSearchedInTheAbsolutePathButNotAppliedInALeafBundlesSubFolders() throws IOException {
        TestSites site = TestSites.in(dir.resolve("site"))
                .file("hugo.toml", "baseURL = \"https://example.org/\"\nignoreFiles = [\"secret\", \"^content/\"]\n")
                .file("content/leaf/index.md", PAGE)
                .file("content/leaf/my-secret.txt", "s")
                .file("content/leaf/sub/secret-too.txt", "s")
                .file("content/s/secret.png", "s")
                .file("content/s/kept.png", "k");
        HugoSite hugo = hugo(site);
        List<String> published = hugo.files().stream()
                .filter(f -> f.endsWith(".txt") || f.endsWith(".png"))
                .sorted()
                .toList();
        assertEquals(List.of("leaf/sub/secret-too.txt", "s/kept.png"), published);
    }
}
