package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One renderer shared by parallel pages gives each page exactly what rendering it alone gives. */
class ConcurrentRenderingTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parallelRenderingEqualsSequential() {
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
        List<String> pages = BenchmarkCorpus.pages(300).stream()
                .map(p -> p + "\n\"Quoted\" text with a note[^1] and 'single' quotes.\n\n[^1]: The note.\n")
                .toList();
        List<String> sequential = pages.stream().map(p -> render(renderer, p)).toList();
        for (int round = 0; round < 3; round++) {
            assertEquals(
                    sequential,
                    pages.parallelStream().map(p -> render(renderer, p)).toList());
        }
    }

    private static String render(MarkdownRenderer renderer, String page) {
        Rendered r = renderer.render(page, PageContext.of(Path.of("p.md")));
        return r.content() + r.tableOfContents() + r.summary();
    }
}
