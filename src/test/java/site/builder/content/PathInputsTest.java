package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/** Front matter values that would put a page outside its place are errors at their file and line, not overwrites. */
class PathInputsTest {
    private static final String FRONT_MATTER = "---\ntitle: T\nurl: u\nslug: s\naliases: [a]\ntags: [t]\n---\n";
    private static final SourcePage SOURCE = new SourcePage(
            Path.of("content/posts/p.md"),
            "posts/p.md",
            SourcePage.Bundle.NONE,
            "markdown",
            FrontMatter.parse(FRONT_MATTER, Path.of("content/posts/p.md")),
            List.of());

    private static String error(String url, String slug, List<String> aliases, Map<String, List<String>> terms) {
        return assertThrows(LocatedException.class, () -> PathInputs.check(SOURCE, url, slug, aliases, terms))
                .errors()
                .get(0)
                .toString();
    }

    @Test
    void ordinaryValuesPass() {
        PathInputs.check(SOURCE, "/x/y/", "my-slug", List.of("/old/", "old.html"), Map.of("tags", List.of("a.b", "c")));
        PathInputs.check(SOURCE, "", "", List.of(), Map.of());
        PathInputs.check(null, "../x", "..", List.of("http://x"), Map.of()); // a generated page has no inputs
    }

    @Test
    void aDotOrDotDotSegmentIsAnErrorAtItsKeysLine() {
        String segment = "segment: an output path must name a page below the site root, not a folder above or at it";
        assertEquals(
                "content/posts/p.md:3: url \"/a/../b/\" has a \"..\" " + segment,
                error("/a/../b/", "", List.of(), Map.of()));
        assertEquals(
                "content/posts/p.md:3: url \"/ . /\" has a \".\" " + segment, error("/ . /", "", List.of(), Map.of()));
        assertEquals("content/posts/p.md:4: slug \"..\" has a \"..\" " + segment, error("", "..", List.of(), Map.of()));
        assertEquals(
                "content/posts/p.md:6: tags \"..\" has a \"..\" " + segment,
                error("", "", List.of(), Map.of("tags", List.of("ok", ".."))));
    }

    @Test
    void aNulCharacterIsAnError() {
        assertEquals(
                "content/posts/p.md:4: slug \"a\\0b\" contains a NUL character, which no file name can hold",
                error("", "a\0b", List.of(), Map.of()));
    }

    @Test
    void aFullUrlAsUrlOrAliasIsAnErrorAsInHugo() {
        assertEquals(
                "content/posts/p.md:3: url \"HTTPS://example.org/x/\" is a full URL: url sets the page's path on this"
                        + " site (\"/x/\"); Hugo refuses it too (\"URLs with protocol (http*) not supported\")",
                error("HTTPS://example.org/x/", "", List.of(), Map.of()));
        assertEquals(
                "content/posts/p.md:5: alias \" http://example.org/old/\" is a full URL: an alias is a path on this"
                        + " site that redirects to the page; Hugo refuses it too (\"http* aliases not supported\")",
                error("", "", List.of("/fine/", " http://example.org/old/"), Map.of()));
    }
}
