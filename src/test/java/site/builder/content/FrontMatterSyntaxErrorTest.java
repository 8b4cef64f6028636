package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/** Front matter errors name the content file's line, counting the opening fence. */
class FrontMatterSyntaxErrorTest {
    private static final Path FILE = Path.of("content/posts/a.md");

    private static String error(String text) {
        LocatedException e = assertThrows(LocatedException.class, () -> FrontMatter.parse(text, FILE));
        return e.errors().get(0).toString();
    }

    @Test
    void yamlFrontMatterWithAnUnclosedList() {
        assertEquals(
                "content/posts/a.md:3: invalid YAML: a list opened with [ on this line is not closed (found"
                        + " the end of the text where ] or , should be); end it with ], or quote the value if the brackets are text"
                        + " (title: \"[draft] notes\")",
                error("---\ntitle: ok\ntags: [go, java\n---\nbody\n"));
    }

    @Test
    void tomlFrontMatterWithADuplicateKey() {
        assertEquals(
                "content/posts/a.md:4: invalid TOML: the key \"title\" is set twice in one table; remove one of them",
                error("+++\ntitle = \"a\"\ndraft = true\ntitle = \"b\"\n+++\nbody\n"));
    }

    @Test
    void jsonFrontMatterWithATrailingComma() {
        assertEquals(
                "content/posts/a.md:3: invalid JSON: a comma after the last entry; JSON allows none: remove it",
                error("{\n\"title\": \"a\",\n\"draft\": true,\n}\nbody\n"));
    }
}
