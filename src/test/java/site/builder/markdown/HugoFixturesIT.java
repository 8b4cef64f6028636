package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our fixture pages (src/test/resources/markdown-fixtures/&lt;config&gt;/*.md) through real Hugo and through
 * MarkdownRenderer: content, TOC, summary, truncated, plain text and counts must all equal Hugo's.
 */
class HugoFixturesIT {
    private static final Path FIXTURES = Path.of("src/test/resources/markdown-fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "toc-levels", "options"})
    void fixturePagesRenderLikeHugo(String config, @TempDir Path dir) throws Exception {
        Path site = FIXTURES.resolve(config);
        String toml = Files.readString(site.resolve("config.toml"));
        List<HugoOracle.Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.add(new HugoOracle.Page(f.getFileName().toString().replace(".md", ""), Files.readString(f)));
            }
        }
        var hugo = HugoOracle.render(dir, toml, pages);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(markup(toml)));
        List<String> differences = new ArrayList<>();
        for (HugoOracle.Page page : pages) {
            Rendered ours = render(renderer, page);
            Map<String, Object> expected = hugo.get(page.name());
            compare(differences, page.name(), expected, ours);
        }
        assertEquals("", String.join("\n", differences));
    }

    private static void compare(List<String> out, String page, Map<String, Object> hugo, Rendered ours) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("content", ours.content());
        actual.put("toc", ours.tableOfContents());
        actual.put("summary", ours.summary());
        actual.put("truncated", ours.truncated());
        actual.put("plain", ours.plain());
        actual.put("wordCount", ours.wordCount());
        actual.put("fuzzyWordCount", ours.fuzzyWordCount());
        actual.put("readingTime", ours.readingTime());
        actual.forEach((field, value) -> {
            if (!String.valueOf(hugo.get(field)).equals(String.valueOf(value))) {
                out.add(page + "." + field + "\n  hugo: " + hugo.get(field) + "\n  ours: " + value);
            }
        });
    }

    /** Splits front matter the way the content package will, and maps it onto the page context. */
    @SuppressWarnings("unchecked")
    private static Rendered render(MarkdownRenderer renderer, HugoOracle.Page page) throws Exception {
        String text = page.text();
        int end = text.indexOf("\n---\n", 4);
        Map<String, Object> fm = new YAMLMapper().readValue(text.substring(4, end + 1), Map.class);
        String body = text.substring(end + 5);
        int firstLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
        PageContext ctx = PageContext.of(Path.of(page.name() + ".md")).withFirstLine(firstLine)
                .withCJKLanguage(Boolean.TRUE.equals(fm.get("isCJKLanguage")))
                .withSummary(70, (String) fm.get("summary"));
        return renderer.render(body, ctx);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> markup(String toml) throws Exception {
        Map<String, Object> config = lowerCased(new TomlMapper().readValue(toml.isBlank() ? "" : toml, Map.class));
        Object markup = config.get("markup");
        return markup instanceof Map ? (Map<String, Object>) markup : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lowerCased(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(), v instanceof Map ? lowerCased((Map<String, Object>) v) : v));
        return out;
    }

}
