package site.builder.markdown;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Markdown throughput on highlighting-heavy pages (half of the text in code blocks of the DevOps languages), with
 * highlighting and with code fences left plain ({@code codeFences = false}), on one thread (run by
 * bench/markdown-highlight.sh, in a JVM set up as {@code site build}'s unless told otherwise). The ratio is what
 * highlighting costs.
 */
public final class HighlightBenchmark {
    private HighlightBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(System.getProperty("pages", "1000"));
        List<String> corpus =
                BenchmarkCorpus.codeHeavyPages(pages, samples(Path.of("src/test/resources/highlight-corpus")));
        long bytes = corpus.stream()
                .mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        MarkdownRenderer highlighted = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));
        MarkdownRenderer plain =
                new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("codefences", false))));
        double withHighlighting = measure(highlighted, corpus);
        double withoutHighlighting = measure(plain, corpus);
        System.out.printf("corpus: %d pages, %.1f MB, half of it in code blocks%n", pages, bytes / 1e6);
        System.out.printf(
                "highlighted (noClasses, monokai): %.2f s CPU, %.1f MB/s%n",
                withHighlighting, bytes / 1e6 / withHighlighting);
        System.out.printf(
                "code fences plain: %.2f s CPU, %.1f MB/s%n", withoutHighlighting, bytes / 1e6 / withoutHighlighting);
        System.out.printf(
                "highlighting keeps %.0f%% of the throughput%n", 100 * withoutHighlighting / withHighlighting);
    }

    /**
     * Warm-up passes (30 unless -Dwarmup says), then the best of {@code runs} single-thread runs (10 unless -Druns
     * says), timed in the thread's CPU time: on the shared machine wall time swings with the other jobs' load (one
     * run measured plain rendering slower than highlighting), and at load 12 even CPU time varied by a fifth between
     * runs of three. With C2 (the JVM's defaults) the JIT compiler takes about 25 passes of 300 pages to settle on
     * the highlighted run (its lexers' hundreds of regexes), against about 15 for the plain run; with three warm-up
     * passes, as until 2026-12-06, the highlighted run was measured while still being compiled.
     */
    private static double measure(MarkdownRenderer renderer, List<String> corpus) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < Integer.getInteger("warmup", 30); warm++) corpus.forEach(p -> render(renderer, p));
        double best = Double.MAX_VALUE;
        for (int run = 0; run < Integer.getInteger("runs", 10); run++) {
            long start = cpu.getCurrentThreadCpuTime();
            corpus.forEach(p -> render(renderer, p));
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1e9);
        }
        return best;
    }

    private static void render(MarkdownRenderer renderer, String page) {
        renderer.render(page, PageContext.of(Path.of("bench.md")).withCJKLanguage(true));
    }

    /** (language, code) of every corpus sample, in a fixed order. */
    private static List<String[]> samples(Path corpus) throws Exception {
        List<String[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(new String[] {f.getParent().getFileName().toString(), Files.readString(f)});
            }
        }
        return samples;
    }
}
