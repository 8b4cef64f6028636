package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our fixture pages (src/test/resources/markdown-fixtures/&lt;config&gt;/*.md) through real Hugo and through
 * MarkdownRenderer: content, TOC, summary, truncated, plain text and counts must all equal Hugo's.
 * MarkdownGoldenTest compares the same pages with Hugo's output recorded by scripts/record-markdown-golden.sh.
 */
class HugoFixturesIT {

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "toc-levels", "options", "emoji", "block-attributes"})
    void fixturePagesRenderLikeHugo(String siteName, @TempDir Path dir) throws Exception {
        var hugo = HugoOracle.render(dir, FixturePages.toml(siteName), FixturePages.pages(siteName));
        List<String> differences = new ArrayList<>();
        FixturePages.render(siteName)
                .forEach((page, ours) -> compare(differences, siteName + "/" + page, hugo.get(page), ours));
        assertEquals("", String.join("\n", differences));
    }

    private static void compare(List<String> out, String page, Map<String, Object> hugo, Map<String, Object> actual) {
        actual.forEach((field, value) -> {
            if (!String.valueOf(hugo.get(field)).equals(String.valueOf(value))) {
                out.add(page + "." + field + " differs (target/hugo-fixtures/" + page + "." + field + ".{hugo,ours})");
                writeReport(page + "." + field, String.valueOf(hugo.get(field)), String.valueOf(value));
            }
        });
    }

    private static void writeReport(String name, String hugo, String ours) {
        try {
            Path base = Files.createDirectories(
                    Path.of("target/hugo-fixtures").resolve(name).getParent());
            String file = Path.of(name).getFileName().toString();
            Files.writeString(base.resolve(file + ".hugo"), hugo);
            Files.writeString(base.resolve(file + ".ours"), ours);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
