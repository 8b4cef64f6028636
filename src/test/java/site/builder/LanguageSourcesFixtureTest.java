package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which language each content file belongs to (its name's language, else its folder's) and what is published for
 * it; every value is Hugo 0.111.3's for the same site.
 */
class LanguageSourcesFixtureTest {
    @TempDir
    Path dir;

    @Test
    void aFileBelongsToTheLanguageItsNameNamesElseToItsFoldersAndADisabledLanguagesFilesAreLeftOut() {
        SiteFixture.Built site = SiteFixture.of("""
                        -- hugo.toml --
                        baseURL = "https://example.org/"
                        defaultContentLanguage = "en"
                        disableKinds = ["RSS", "sitemap", "taxonomy", "term"]
                        [languages.en]
                        weight = 1
                        [languages.fr]
                        weight = 2
                        contentDir = "content-fr"
                        [languages.de]
                        weight = 3
                        contentDir = "content-de"
                        [languages.it]
                        weight = 4
                        disabled = true
                        -- content/posts/a.md --
                        ---
                        title: T
                        ---
                        -- content/posts/a.fr.md --
                        ---
                        title: T
                        ---
                        -- content/posts/b.it.md --
                        ---
                        title: T
                        ---
                        -- content/posts/c.xx.md --
                        ---
                        title: T
                        ---
                        -- content/files/note.txt --
                        n
                        -- content/files/note.fr.txt --
                        n
                        -- content/files/old.it.txt --
                        n
                        -- content/files/x.de.txt --
                        n
                        -- content/trip/index.md --
                        ---
                        title: T
                        ---
                        -- content/trip/index.fr.md --
                        ---
                        title: T
                        ---
                        -- content/trip/data.txt --
                        d
                        -- content/trip/data.fr.txt --
                        d
                        -- content/trip/data.it.txt --
                        d
                        -- content/trip/other.txt --
                        o
                        -- content-fr/posts/f.md --
                        ---
                        title: T
                        ---
                        -- content-fr/posts/g.en.md --
                        ---
                        title: T
                        ---
                        -- content-fr/files/z.txt --
                        z
                        """).build(dir);
        Set<String> files = new TreeSet<>(site.files());
        files.removeIf(f -> f.startsWith("assets/")); // the theme's
        assertEquals(
                new TreeSet<>(Set.of(
                        "404.html",
                        "de/404.html",
                        "de/files/x.de.txt",
                        "de/index.html",
                        "de/page/1/index.html",
                        "en/index.html",
                        "files/note.txt",
                        "fr/404.html",
                        "fr/files/note.fr.txt",
                        "fr/files/z.txt",
                        "fr/index.html",
                        "fr/page/1/index.html",
                        "fr/posts/a/index.html",
                        "fr/posts/f/index.html",
                        "fr/posts/index.html",
                        "fr/posts/page/1/index.html",
                        "fr/trip/data.fr.txt",
                        "fr/trip/other.txt",
                        "fr/trip/index.html",
                        "index.html",
                        "page/1/index.html",
                        "posts/a/index.html",
                        "posts/c.xx/index.html",
                        "posts/g/index.html",
                        "posts/index.html",
                        "posts/page/1/index.html",
                        "trip/data.txt",
                        "trip/other.txt",
                        "trip/index.html")),
                files);
    }
}
