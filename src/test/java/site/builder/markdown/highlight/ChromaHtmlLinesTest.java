package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Without line numbers the formatter does not count lines before writing them; it must still write the lines the
 * count gives, which numbered blocks (and Chroma) use: the same HTML but for the numbers.
 */
class ChromaHtmlLinesTest {
    private static final String[] TEXTS = {"", "a", "\n", "a\n", "\na", "a\nb", "\n\n", "<&>"};
    private static final TokenType[] TYPES = {TokenType.TEXT, TokenType.KEYWORD, TokenType.COMMENT};

    @Test
    void writesTheCountedLinesWithOrWithoutNumbers() {
        Random random = new Random(12);
        HighlightOptions numbered =
                HighlightOptions.DEFAULT.with(HighlightOptions.LineNumbers.INLINE, 1, "", false, "monokai");
        HighlightOptions plain =
                HighlightOptions.DEFAULT.with(HighlightOptions.LineNumbers.NONE, 1, "", false, "monokai");
        for (int i = 0; i < 5000; i++) {
            List<Token> tokens = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                tokens.add(new Token(TYPES[random.nextInt(TYPES.length)], TEXTS[random.nextInt(TEXTS.length)]));
            }
            String withNumbers = new ChromaHtml(numbered, List.of()).block(tokens, "go");
            String without = new ChromaHtml(plain, List.of()).block(tokens, "go");
            assertEquals(ChromaHtml.lineCount(tokens), count(withNumbers, "<span class=\"line\">"), tokens.toString());
            assertEquals(withNumbers.replaceAll("<span class=\"ln\">\\d+</span>", ""), without, tokens.toString());
        }
    }

    private static int count(String html, String tag) {
        int n = 0;
        for (int i = html.indexOf(tag); i >= 0; i = html.indexOf(tag, i + 1)) n++;
        return n;
    }
}
