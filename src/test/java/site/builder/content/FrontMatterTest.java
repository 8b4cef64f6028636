package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/**
 * How a content file splits into front matter and body (Hugo 0.111.3 renders the same bodies), and the file lines
 * that errors and warnings name: where the body starts and where a key is set.
 */
class FrontMatterTest {
    private static final Path FILE = Path.of("content/posts/a.md");

    private static FrontMatter parse(String text) {
        return FrontMatter.parse(text, FILE);
    }

    @Test
    void yamlBetweenDashes() {
        FrontMatter fm = parse("---\ntitle: A\ntags: [x, y]\n---\nbody\n");
        assertEquals(Map.of("title", "A", "tags", List.of("x", "y")), fm.values());
        assertEquals("body\n", fm.body());
        assertEquals(5, fm.bodyLine());
        assertEquals("---\ntitle: A\ntags: [x, y]\n", fm.source());
    }

    @Test
    void tomlBetweenPlusesAfterAByteOrderMark() {
        FrontMatter fm = parse("\uFEFF+++\ntitle = \"Bom\"\n\n+++\nbody\n");
        assertEquals(Map.of("title", "Bom"), fm.values());
        assertEquals("body\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void fencesMayHaveTrailingSpacesAndWindowsLineEnds() {
        FrontMatter spaces = parse("--- \ntitle: Trailing\n---  \nbody\n");
        assertEquals(Map.of("title", "Trailing"), spaces.values());
        assertEquals("body\n", spaces.body());
        FrontMatter crlf = parse("---\r\ntitle: Crlf\r\n---\r\nbody\r\n");
        assertEquals(Map.of("title", "Crlf"), crlf.values());
        assertEquals("body\r\n", crlf.body());
        assertEquals(4, crlf.bodyLine());
    }

    @Test
    void aClosingFenceAtTheEndOfTheFileLeavesAnEmptyBody() {
        FrontMatter fm = parse("---\ntitle: N\n---");
        assertEquals(Map.of("title", "N"), fm.values());
        assertEquals("", fm.body());
        assertEquals(4, fm.bodyLine());
        assertEquals(Map.of(), parse("---\n---\n").values());
        assertEquals("", parse("---\n---\n").body());
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        for (String text : List.of("just *text*\n", "", "--- not a fence\n", "---")) {
            FrontMatter fm = parse(text);
            assertEquals(Map.of(), fm.values(), text);
            assertEquals(text, fm.body());
            assertEquals(1, fm.bodyLine());
            assertEquals("", fm.source());
        }
    }

    @Test
    void jsonIsTheFirstBalancedObjectWhoseStringsMayHoldBracesAndQuotes() {
        FrontMatter fm = parse("{\"title\": \"J}{\", \"x\": \"a\\\"}\", \"o\": {\"n\": 1}} rest\nmore\n");
        assertEquals(Map.of("title", "J}{", "x", "a\"}", "o", Map.of("n", 1)), fm.values());
        assertEquals(" rest\nmore\n", fm.body());
    }

    @Test
    void theLineEndAfterJsonIsNotPartOfTheBody() {
        FrontMatter crlf = parse("{\n\"title\": \"J2\"\n}\r\nafter\n");
        assertEquals(Map.of("title", "J2"), crlf.values());
        assertEquals("after\n", crlf.body());
        assertEquals(4, crlf.bodyLine());
        assertEquals("{\n\"title\": \"J2\"\n}", crlf.source());
        FrontMatter lf = parse("{\"title\": \"J3\"}\n\nafter\n");
        assertEquals("\nafter\n", lf.body());
        assertEquals(2, lf.bodyLine());
    }

    @Test
    void anUnclosedFrontMatterIsAnErrorOnTheFirstLine() {
        assertEquals(
                "content/posts/a.md:1: front matter starts with --- but has no closing --- line",
                error("---\ntitle: x\nbody\n"));
        assertEquals(
                "content/posts/a.md:1: front matter starts with +++ but has no closing +++ line",
                error("+++\ntitle = \"x\"\n"));
        assertEquals("content/posts/a.md:1: JSON front matter has no closing }", error("{\"title\": \"}\"\nbody\n"));
    }

    @Test
    void aKeysLineIsFoundWhateverTheFormatOrCaseAndIsOneWhenItIsNotSet() {
        FrontMatter yaml = parse("---\ntitle: A\nDate: 2024-13-01\nslug: s\n---\nbody\n");
        assertEquals(2, yaml.lineOf("title"));
        assertEquals(3, yaml.lineOf("date"));
        assertEquals(4, yaml.lineOf("slug"));
        assertEquals(1, yaml.lineOf("aliases"));
        assertEquals(1, yaml.lineOf("body"), "the body is not searched");
        assertEquals(3, parse("+++\ntitle = \"T\"\nurl = \"/x/\"\n+++\n").lineOf("url"));
        assertEquals(3, parse("{\n\"title\": \"T\",\n\"url\": \"/x/\"\n}\n").lineOf("url"));
        assertEquals(1, parse("---\nsubtitle: T\n---\n").lineOf("title"), "a key that only ends with the name");
    }

    private static String error(String text) {
        return assertThrows(LocatedException.class, () -> parse(text))
                .errors()
                .get(0)
                .toString();
    }
}
