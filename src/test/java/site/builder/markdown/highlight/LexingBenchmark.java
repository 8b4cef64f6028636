package site.builder.markdown.highlight;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lexing alone, the largest cost of a highlighted block: every sample of the highlighting corpus tokenized 20 times
 * per pass, one thread, the best of {@code runs} passes (15 unless -Druns says) in the thread's CPU time (run by
 * bench/lexing.sh). Without Markdown and HTML around it the figure moves less with the machine's load.
 */
public final class LexingBenchmark {
    private LexingBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/highlight-corpus"))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(new String[] {f.getParent().getFileName().toString(), Files.readString(f)});
            }
        }
        long chars = 0;
        for (String[] s : samples) if (Lexers.find(s[0]).isPresent()) chars += 20L * s[1].length();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < Integer.getInteger("runs", 15); run++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (String[] s : samples) {
                Optional<Lexer> lexer = Lexers.find(s[0]);
                for (int i = 0; i < 20 && lexer.isPresent(); i++) lexer.get().tokenize(s[1]);
            }
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1e9);
        }
        System.out.printf(
                "lexing: %.1f MB of code (%d samples x 20), %.3f s CPU, %.1f MB/s%n",
                chars / 1e6, samples.size(), best, chars / 1e6 / best);
    }
}
