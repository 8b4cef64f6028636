package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import site.builder.markdown.MarkdownOptions;
import site.builder.markdown.MarkdownRenderer;
import site.builder.markdown.PageContext;

/**
 * The differential highlighting test: every corpus sample (src/test/resources/highlight-corpus/LANG/NN.txt) as a
 * fenced block through our Markdown renderer, compared byte for byte with what Hugo 0.111.3 wrote for the same
 * fence (NN.classes.html with noClasses = false, NN.inline.html with noClasses = true), as recorded by
 * scripts/record-highlight-corpus.sh. Languages in {@link #AT_TARGET} must be at least 98% identical in both
 * modes; every other language is pinned at its current count of identical samples so it cannot regress.
 */
class HighlightCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/highlight-corpus");
    private static final double TARGET = 0.98;

    /** Languages (fence names) claimed at the target. */
    static final List<String> AT_TARGET = List.of(
            "aconf",
            "apache",
            "apacheconf",
            "bash",
            "bazel",
            "bsdmake",
            "c",
            "cc",
            "cfg",
            "cjs",
            "cmake",
            "console",
            "cpp",
            "csharp",
            "css",
            "cxx",
            "diff",
            "docker",
            "dockerfile",
            "dosini",
            "duby",
            "gnumakefile",
            "go",
            "golang",
            "gql",
            "graphql",
            "graphqls",
            "groovy",
            "h",
            "hcl",
            "hh",
            "hpp",
            "htm",
            "html",
            "http",
            "ini",
            "java",
            "java-properties",
            "javascript",
            "jenkinsfile",
            "js",
            "json",
            "jsx",
            "kotlin",
            "ksh",
            "kts",
            "lua",
            "mak",
            "make",
            "makefile",
            "mariadb",
            "markdown",
            "mf",
            "mjs",
            "mk",
            "mkd",
            "mysql",
            "nginx",
            "nosuchlang",
            "patch",
            "php",
            "php3",
            "plpgsql",
            "posh",
            "postgres",
            "postgresql",
            "powershell",
            "promql",
            "properties",
            "proto",
            "protobuf",
            "ps1",
            "psd1",
            "psm1",
            "pwsh",
            "py3",
            "python",
            "python3",
            "react",
            "rss",
            "ruby",
            "rust",
            "sage",
            "scss",
            "sh",
            "shell",
            "shell-session",
            "sql",
            "starlark",
            "svg",
            "systemd",
            "terminal",
            "terraform",
            "tf",
            "toml",
            "tsx",
            "typescript",
            "vim",
            "viml",
            "vimrc",
            "xml",
            "yaml",
            "yml",
            "zsh");

    /** Identical samples today (classes + inline, out of twice the samples) for languages not yet at target. */
    static final Map<String, Integer> PINNED = Map.of();

    record Score(int identical, int total) {
        double share() {
            return total == 0 ? 1 : (double) identical / total;
        }
    }

    @Test
    void corpusMatchesHugoPerLanguage() throws IOException {
        Map<String, Score> scores = scores();
        StringBuilder report = new StringBuilder("language identical/total (share), both CSS modes\n");
        scores.forEach((lang, s) -> report.append(
                String.format("%-14s %3d/%3d %5.1f%%%n", lang, s.identical(), s.total(), 100 * s.share())));
        System.out.print(report);
        List<String> failures = new ArrayList<>();
        for (var e : scores.entrySet()) {
            String lang = e.getKey();
            Score s = e.getValue();
            if (AT_TARGET.contains(lang)) {
                if (s.share() < TARGET) failures.add(lang + " below target: " + s);
            } else if (s.identical() < PINNED.getOrDefault(lang, 0)) {
                failures.add(lang + " regressed below pinned " + PINNED.get(lang) + ": " + s);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + report);
    }

    @Test
    void everyLanguageIsClaimedOrPinned() throws IOException {
        for (String lang : scores().keySet()) {
            assertTrue(AT_TARGET.contains(lang) || PINNED.containsKey(lang), "neither at target nor pinned: " + lang);
        }
        assertEquals(List.of(), AT_TARGET.stream().filter(PINNED::containsKey).toList(), "claimed and pinned");
    }

    static Map<String, Score> scores() throws IOException {
        MarkdownRenderer classes = renderer(false);
        MarkdownRenderer inline = renderer(true);
        Map<String, Score> scores = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String lang = dir.getFileName().toString();
                int identical = 0;
                int total = 0;
                for (Path sample : samples(dir)) {
                    String fence = fence(lang, Files.readString(sample));
                    String base = sample.toString().replaceAll("\\.txt$", "");
                    identical += same(classes, fence, Path.of(base + ".classes.html"))
                            + same(inline, fence, Path.of(base + ".inline.html"));
                    total += 2;
                }
                scores.put(lang, new Score(identical, total));
            }
        }
        return scores;
    }

    static List<Path> samples(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The fence the recording script writes around a sample. */
    static String fence(String lang, String code) {
        return "`````" + lang + "\n" + code + (code.endsWith("\n") ? "" : "\n") + "`````\n";
    }

    private static int same(MarkdownRenderer renderer, String fence, Path golden) throws IOException {
        String ours =
                renderer.render(fence, PageContext.of(Path.of("sample.md"))).content();
        String dump = System.getProperty("corpus.dump");
        if (dump != null) {
            // -Dcorpus.dump=DIR writes our output beside the corpus layout, to diff against Hugo's after a change.
            Path out = Path.of(dump).resolve(CORPUS.relativize(golden));
            Files.writeString(Files.createDirectories(out.getParent()).resolve(out.getFileName()), ours);
        }
        return ours.equals(Files.readString(golden)) ? 1 : 0;
    }

    static MarkdownRenderer renderer(boolean noClasses) {
        return new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("noclasses", noClasses))));
    }
}
