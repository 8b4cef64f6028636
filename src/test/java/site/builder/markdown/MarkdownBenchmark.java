package site.builder.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Markdown throughput on the mixed Korean/English corpus, single thread and all cores (run by bench/markdown.sh).
 * With a directory argument it also writes the corpus there as a Hugo site, so Hugo can be timed on the same pages.
 */
public final class MarkdownBenchmark {
    private MarkdownBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(System.getProperty("pages", "2000"));
        List<String> corpus = BenchmarkCorpus.pages(pages);
        long bytes = corpus.stream()
                .mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        if (args.length > 0) writeHugoSite(Path.of(args[0]), corpus);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));
        for (int warm = 0; warm < 3; warm++) corpus.forEach(p -> render(renderer, p));
        double single = best(() -> corpus.forEach(p -> render(renderer, p)));
        double parallel = best(() -> corpus.parallelStream().forEach(p -> render(renderer, p)));
        System.out.printf("corpus: %d pages, %.1f MB%n", pages, bytes / 1e6);
        System.out.printf(
                "single thread: %.2f s, %.1f MB/s, %.0f pages/s%n", single, bytes / 1e6 / single, pages / single);
        System.out.printf(
                "all %d cores: %.2f s, %.1f MB/s, %.0f pages/s%n",
                Runtime.getRuntime().availableProcessors(), parallel, bytes / 1e6 / parallel, pages / parallel);
    }

    private static void render(MarkdownRenderer renderer, String page) {
        renderer.render(page, PageContext.of(Path.of("bench.md")).withCJKLanguage(true));
    }

    /** Best of three runs: the machine is shared, the minimum is the least disturbed figure. */
    private static double best(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static void writeHugoSite(Path dir, List<String> corpus) throws Exception {
        Files.createDirectories(dir.resolve("content/posts"));
        Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(
                dir.resolve("hugo.toml"),
                "baseURL = \"http://example.org/\"\nhasCJKLanguage = true\n"
                        + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\", \"home\", \"section\"]\n");
        Files.writeString(dir.resolve("layouts/_default/single.html"), "{{ .Content }}{{ .Summary }}{{ .WordCount }}");
        for (int i = 0; i < corpus.size(); i++) {
            Files.writeString(
                    dir.resolve("content/posts/p" + i + ".md"), "---\ntitle: p" + i + "\n---\n" + corpus.get(i));
        }
    }
}
