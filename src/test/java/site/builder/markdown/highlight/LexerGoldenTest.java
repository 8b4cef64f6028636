package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sample per language under src/test/resources/highlight/samples, highlighted with Chroma classes and
 * compared with its golden file in highlight/golden, which is what Hugo 0.111.3 wrote for the same fence
 * (recorded by scripts/record-highlight-corpus.sh, never by this code). Languages in {@link #DIFFERENT} are
 * known to differ from Hugo still; one that becomes identical must leave that list.
 */
class LexerGoldenTest {
    private static final Path SAMPLES = Path.of("src/test/resources/highlight/samples");
    private static final Path GOLDEN = Path.of("src/test/resources/highlight/golden");
    private static final HighlightOptions CLASSES =
            HighlightOptions.DEFAULT.with(HighlightOptions.LineNumbers.NONE, 1, "", false, "monokai");

    static final Set<String> DIFFERENT = Set.of();

    static Stream<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(f -> f.getFileName().toString().replace(".txt", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void highlightingMatchesHugo(String language) throws IOException {
        assertTrue(Lexers.find(language).isPresent(), "no lexer for " + language);
        String html = Highlighter.highlight(Files.readString(SAMPLES.resolve(language + ".txt")), language, CLASSES);
        String hugo = Files.readString(GOLDEN.resolve(language + ".html"));
        if (DIFFERENT.contains(language)) {
            assertNotEquals(hugo, html, language + " now matches Hugo: remove it from DIFFERENT");
        } else {
            assertEquals(hugo, html);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void lexingLosesNoText(String language) throws IOException {
        String code = Files.readString(SAMPLES.resolve(language + ".txt"));
        List<Token> tokens = Lexers.find(language).orElseThrow().tokenize(code);
        assertEquals(code, String.join("", tokens.stream().map(Token::text).toList()));
        long typed = tokens.stream().filter(t -> t.type() != TokenType.TEXT).count();
        assertTrue(language.equals("plaintext") || typed > 2, language + " recognised almost nothing");
    }
}
