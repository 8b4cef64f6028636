package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MarkdownRenderer against what Hugo 0.111.3 wrote for the same Markdown, recorded in
 * src/test/resources/markdown-golden by scripts/record-markdown-golden.sh (never by this code): every fixture page
 * of HugoFixturesIT in all eight fields (content, TOC, summary, truncated, plain text and the three counts), and
 * every CommonMark spec example's content as CommonMarkSpecIT compares it. The ITs run Hugo itself; this test
 * needs no Hugo, so it runs with the unit tests and under PIT.
 */
class MarkdownGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/markdown-golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MarkdownRenderer UNSAFE = new MarkdownRenderer(
            MarkdownOptions.fromConfig(Map.of("goldmark", Map.of("renderer", Map.of("unsafe", true)))));

    static Stream<Arguments> fixturePages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String site : FixturePages.sites())
            for (HugoOracle.Page page : FixturePages.pages(site)) out.add(Arguments.of(site, page.name()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fixturePages")
    void fixturePageRendersAsHugoDid(String site, String name) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> hugo =
                JSON.readValue(GOLDEN.resolve(site).resolve(name + ".json").toFile(), Map.class);
        String text = Files.readString(FixturePages.FIXTURES.resolve(site).resolve(name + ".md"));
        Map<String, Object> ours = FixturePages.render(site, new HugoOracle.Page(name, text));
        for (String field : ours.keySet())
            assertEquals(String.valueOf(hugo.get(field)), String.valueOf(ours.get(field)), field);
    }

    static Stream<Arguments> specExamples() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, String> hugo =
                JSON.readValue(GOLDEN.resolve("commonmark-0.31.2.json").toFile(), Map.class);
        return CommonMarkSpecIT.examples().stream()
                .map(e -> Arguments.of(e.number(), e.markdown(), hugo.get(String.valueOf(e.number()))));
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("specExamples")
    void specExampleRendersAsHugoDid(int number, String markdown, String hugo) {
        String ours = UNSAFE.render(markdown, PageContext.of(Path.of("e" + number + ".md")))
                .content();
        if (CommonMarkSpecIT.KNOWN_DIFFERENCES.contains(number))
            assertNotEquals(hugo, ours, "now equal to Hugo: remove it from CommonMarkSpecIT.KNOWN_DIFFERENCES");
        else assertEquals(hugo, ours, markdown);
    }
}
