package site.builder.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import site.testsupport.RealComponent;

/**
 * Runs real Hugo once over a generated fixture site (one page per Markdown example) and returns, per page,
 * the JSON dump of .Content, .TableOfContents, .Summary, .Truncated, .Plain and the counts.
 */
final class HugoOracle {
    private static final String LAYOUT = """
            {{ dict "content" .Content "toc" .TableOfContents "summary" .Summary "truncated" .Truncated \
            "plain" .Plain "wordCount" .WordCount "fuzzyWordCount" .FuzzyWordCount "readingTime" .ReadingTime | jsonify }}""";

    private HugoOracle() {}

    /** A page: its name (file name without .md) and whole file text, front matter included. */
    record Page(String name, String text) {}

    static Map<String, Map<String, Object>> render(Path dir, String config, List<Page> pages)
            throws IOException, InterruptedException {
        RealComponent.requireHugo();
        Files.writeString(dir.resolve("hugo.toml"), """
                baseURL = "http://example.org/"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
                """ + config);
        Path layouts = Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), LAYOUT);
        Path content = Files.createDirectories(dir.resolve("content"));
        for (Page p : pages) {
            Files.writeString(content.resolve(p.name() + ".md"), p.text(), StandardCharsets.UTF_8);
        }
        Process hugo = new ProcessBuilder("hugo", "--quiet", "-d", "out")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!hugo.waitFor(120, TimeUnit.SECONDS) || hugo.exitValue() != 0)
            throw new AssertionError("hugo failed:\n" + log);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Page p : pages) {
            Path file = dir.resolve("out")
                    .resolve(p.name().toLowerCase(Locale.ROOT))
                    .resolve("index.html");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = mapper.readValue(Files.readString(file), Map.class);
            out.put(p.name(), data);
        }
        return out;
    }
}
