package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code noClasses = true} with every style Hugo offers (and names it does not know): whole highlighted blocks,
 * plain, with inline and table line numbers and highlighted lines, must equal Hugo's, for the languages whose
 * lexers match Chroma's.
 */
class HighlightStylesVsHugoIT {
    /** Styles whose output differs, each explained in docs/COMPATIBILITY.md. */
    static final List<String> KNOWN_DIFFERENCES = List.of("vulcan");

    private static final String PAGE = """
            ```go
            %1$s```

            ```java {linenos=inline,hl_lines=[2]}
            %2$s```

            ```yaml {linenos=table,hl_lines=["1-2"],linenostart=9}
            %3$s```

            ```bash
            %4$s```
            """;

    @Test
    void everyRecordedStyleAndUnknownNamesRenderAsInHugo(@TempDir Path dir) throws Exception {
        String page = PAGE.formatted(sample("go"), sample("java"), sample("yaml"), sample("bash"));
        List<String> styles = new ArrayList<>(recordedStyles());
        assertTrue(styles.size() >= 50, "styles recorded: " + styles.size());
        styles.addAll(List.of("no-such-style", "Dracula"));
        List<String> differing = new ArrayList<>();
        for (String style : styles) {
            Path site = Files.createDirectories(dir.resolve(style));
            var hugo = HugoOracle.render(
                    site,
                    "[markup.highlight]\nstyle = \"" + style + "\"\n",
                    List.of(new HugoOracle.Page("p", "---\ntitle: p\n---\n" + page)));
            MarkdownRenderer renderer =
                    new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("style", style))));
            if (!hugo.get("p")
                    .get("content")
                    .equals(renderer.render(page, PageContext.of(Path.of("p.md")))
                            .content())) differing.add(style);
        }
        assertEquals(KNOWN_DIFFERENCES, differing);
    }

    private static String sample(String lang) throws IOException {
        return Files.readString(Path.of("src/test/resources/highlight/samples", lang + ".txt"));
    }

    private static List<String> recordedStyles() throws IOException {
        return Files.readAllLines(Path.of("src/main/resources/site/builder/markdown/highlight/chroma-styles.txt"))
                .stream()
                .filter(l -> l.startsWith("= "))
                .map(l -> l.substring(2))
                .toList();
    }
}
