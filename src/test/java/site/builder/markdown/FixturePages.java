package site.builder.markdown;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fixture sites under src/test/resources/markdown-fixtures (a {@code config.toml} and whole content files per
 * site), rendered by MarkdownRenderer the way SiteBuilder renders a page: front matter split off and mapped onto
 * the page context. Shared by HugoFixturesIT (Hugo run live) and MarkdownGoldenTest (Hugo's recorded output).
 */
final class FixturePages {
    static final Path FIXTURES = Path.of("src/test/resources/markdown-fixtures");

    private FixturePages() {}

    /** The fixture sites, by directory name. */
    static List<String> sites() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** One site's pages: name (file name without .md) and whole text, front matter included. */
    static List<HugoOracle.Page> pages(String site) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(site))) {
            List<Path> markdown =
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            List<HugoOracle.Page> pages = new java.util.ArrayList<>();
            for (Path f : markdown)
                pages.add(new HugoOracle.Page(f.getFileName().toString().replace(".md", ""), Files.readString(f)));
            return pages;
        }
    }

    /** The site's hugo.toml fragment. */
    static String toml(String site) throws IOException {
        return Files.readString(FIXTURES.resolve(site).resolve("config.toml"));
    }

    /** Renders every page of a site as its config says, field name to value as Hugo's layout prints them. */
    static Map<String, Map<String, Object>> render(String site) throws Exception {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (HugoOracle.Page page : pages(site)) out.put(page.name(), render(site, page));
        return out;
    }

    /** Renders one page of a site as its config says. */
    static Map<String, Object> render(String site, HugoOracle.Page page) throws Exception {
        Map<String, Object> config = config(toml(site));
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(table(config, "markup"))
                .withEmoji(Boolean.TRUE.equals(config.get("enableemoji"))));
        int summaryLength = config.get("summarylength") instanceof Number n ? n.intValue() : 70;
        return fields(render(renderer, page, table(config, "params"), summaryLength));
    }

    /** The fields of {@link Rendered} under the names the Hugo layout gives them. */
    static Map<String, Object> fields(Rendered ours) {
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("content", ours.content());
        actual.put("toc", ours.tableOfContents());
        actual.put("summary", ours.summary());
        actual.put("truncated", ours.truncated());
        actual.put("plain", ours.plain());
        actual.put("wordCount", ours.wordCount());
        actual.put("fuzzyWordCount", ours.fuzzyWordCount());
        actual.put("readingTime", ours.readingTime());
        return actual;
    }

    /** Splits front matter the way the content package will, and maps it onto the page context. */
    @SuppressWarnings("unchecked")
    private static Rendered render(
            MarkdownRenderer renderer, HugoOracle.Page page, Map<String, Object> siteParams, int summaryLength)
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
                .withSummary(summaryLength, (String) fm.get("summary"))
                .withParams(lowerCased(fm), siteParams)
                .withLinks(FixturePages::resolve);
        return renderer.render(body, ctx);
    }

    /** The fixture site's pages, as SiteBuilder will resolve them. */
    private static Optional<String> resolve(String ref, boolean relative, String lang) {
        String name = ref.replace(".md", "");
        if (!Files.exists(FIXTURES.resolve("defaults").resolve(name + ".md"))) return Optional.empty();
        return Optional.of((relative ? "" : "http://example.org") + "/" + name + "/");
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
