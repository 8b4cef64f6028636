package site.builder.markdown;

import com.sun.management.OperatingSystemMXBean;
import com.vladsch.flexmark.parser.Parser;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Render time of deeply nested pages (run by bench/deep-nesting.sh): a list nested by indentation, quotes and
 * the two mixed, the pages the script also builds with Hugo. Pages this deep render on {@link DeepNesting}'s own
 * thread, so the process's CPU time is measured (best of three after one warm-up render), beside wall time.
 * Kinds: {@code -Dkinds=list,quote,mixed}; levels: the arguments (default 250 500 1000); timed renders:
 * {@code -Druns=3}. Pages deeper than the renderer accepts ({@link InputLimits#MAX_DEPTH}) are timed as flexmark's
 * parse alone (kind marked {@code *}), where the depth-dependent cost is; {@code -DparseOnly=true} does so at every depth.
 */
public final class DeepNestingBenchmark {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private DeepNestingBenchmark() {}

    public static void main(String[] args) {
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));
        int runs = Integer.getInteger("runs", 3);
        int[] levels = args.length == 0
                ? new int[] {250, 500, 1000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-6s %6s %10s %10s %9s%n", "kind", "levels", "cpu s", "wall s", "chars");
        for (String kind : System.getProperty("kinds", "list,quote,mixed").split(",")) {
            for (int n : levels) {
                String page = page(kind, n);
                render(renderer, page, n);
                double cpu = Double.MAX_VALUE, wall = Double.MAX_VALUE;
                for (int run = 0; run < runs; run++) {
                    long cpuStart = OS.getProcessCpuTime(), wallStart = System.nanoTime();
                    render(renderer, page, n);
                    cpu = Math.min(cpu, (OS.getProcessCpuTime() - cpuStart) / 1e9);
                    wall = Math.min(wall, (System.nanoTime() - wallStart) / 1e9);
                }
                System.out.printf(
                        "%-6s %6d %10.2f %10.2f %9d%n", kind + (parseOnly(n) ? "*" : ""), n, cpu, wall, page.length());
            }
        }
    }

    private static boolean parseOnly(int levels) {
        return levels > InputLimits.MAX_DEPTH || Boolean.getBoolean("parseOnly");
    }

    private static final Parser PARSER = new FlexmarkFactory(MarkdownOptions.fromConfig(Map.of())).parser();

    private static void render(MarkdownRenderer renderer, String page, int levels) {
        if (!parseOnly(levels)) {
            renderer.render(page, PageContext.of(Path.of("deep.md")));
        } else {
            DeepNesting.run(() -> PARSER.parse(MarkdownSource.of(page)), PageContext.of(Path.of("deep.md")), levels);
        }
    }

    /** The same pages as bench/deep-nesting.sh writes for Hugo. */
    static String page(String kind, int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            switch (kind) {
                case "list" ->
                    s.append("  ".repeat(i)).append("- item ").append(i).append('\n');
                case "quote" ->
                    s.append(">".repeat(i + 1)).append(" q ").append(i).append("\n\n");
                default ->
                    s.append("  ".repeat(i))
                            .append(i % 2 == 0 ? "- " : "> ")
                            .append("x ")
                            .append(i)
                            .append('\n');
            }
        }
        return s.toString();
    }
}
