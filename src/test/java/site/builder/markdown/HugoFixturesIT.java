package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    @ValueSource(strings = {"defaults", "toc-levels", "options", "emoji", "block-attributes"})
    void fixturePagesRenderLikeHugo(String siteName, @TempDir Path dir) throws Exception {
        Path site = FIXTURES.resolve(siteName);
        String toml = Files.readString(site.resolve("config.toml"));
        List<HugoOracle.Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.add(new HugoOracle.Page(f.getFileName().toString().replace(".md", ""), Files.readString(f)));
            }
        }
        var hugo = HugoOracle.render(dir, toml, pages);
        Map<String, Object> config = config(toml);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(table(config, "markup"))
                .withEmoji(Boolean.TRUE.equals(config.get("enableemoji"))));
        List<String> differences = new ArrayList<>();
        for (HugoOracle.Page page : pages) {
            Rendered ours = render(renderer, page, table(config, "params"));
            Map<String, Object> expected = hugo.get(page.name());
            compare(differences, siteName + "/" + page.name(), expected, ours);
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

    /** Splits front matter the way the content package will, and maps it onto the page context. */
    @SuppressWarnings("unchecked")
    private static Rendered render(MarkdownRenderer renderer, HugoOracle.Page page, Map<String, Object> siteParams)
            throws Exception {
        String text = page.text();
        int end = text.indexOf("\n---\n", 4);
        Map<String, Object> fm = new YAMLMapper().readValue(text.substring(4, end + 1), Map.class);
        String body = text.substring(end + 5);
        int firstLine =
                (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
        PageContext ctx = PageContext.of(Path.of(page.name() + ".md"))
                .withFirstLine(firstLine)
                .withCJKLanguage(Boolean.TRUE.equals(fm.get("isCJKLanguage")))
                .withSummary(70, (String) fm.get("summary"))
                .withParams(lowerCased(fm), siteParams)
                .withLinks(HugoFixturesIT::resolve);
        return renderer.render(body, ctx);
    }

    /** The fixture site's pages, as SiteBuilder will resolve them. */
    private static java.util.Optional<String> resolve(String ref, boolean relative, String lang) {
        String name = ref.replace(".md", "");
        if (!Files.exists(FIXTURES.resolve("defaults").resolve(name + ".md"))) return java.util.Optional.empty();
        return java.util.Optional.of((relative ? "" : "http://example.org") + "/" + name + "/");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(String toml) throws Exception {
        return lowerCased(new TomlMapper().readValue(toml.isBlank() ? "" : toml, Map.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<String, Object> config, String key) {
        return config.get(key) instanceof Map ? (Map<String, Object>) config.get(key) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lowerCased(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) ->
                out.put(k.toLowerCase(Locale.ROOT), v instanceof Map ? lowerCased((Map<String, Object>) v) : v));
        return out;
    }
}
