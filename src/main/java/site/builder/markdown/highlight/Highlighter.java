package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import site.common.GoHtml;

/** Hugo's code block highlighting: Chroma-compatible HTML, or escaped plain text for unknown languages. */
public final class Highlighter {
    private Highlighter() {}

    public static String highlight(String code, String language, HighlightOptions options) {
        String lang = language == null ? "" : language;
        Optional<Lexer> lexer = options.noHl() ? Optional.empty() : Lexers.find(lang);
        if (lexer.isEmpty() && options.guessSyntax() && !options.noHl()) {
            // Hugo writes the guessed lexer's name; we lex the ones we have no lexer for as plain text.
            lang = SyntaxGuess.language(code);
            lexer = Lexers.find(lang).or(() -> Lexers.find("plaintext"));
        }
        if (lexer.isEmpty()) return plain(code, lang);
        String source = code;
        List<Token> tokens;
        try {
            tokens = lexer.get().tokenize(source);
        } catch (StackOverflowError e) {
            // A pathological line defeated a regex; plain tokens keep the page building.
            tokens = List.of(new Token(TokenType.TEXT, source));
        }
        ChromaHtml html = new ChromaHtml(options, ranges(options.hlLines(), options.lineNoStart()));
        if (options.hlInline()) return html.inline(tokens, lang);
        return html.block(tokens, lang);
    }

    /** What Hugo writes when no lexer applies. */
    public static String plain(String code, String lang) {
        String attrs = lang.isEmpty() ? "" : " class=\"language-" + lang + "\" data-lang=\"" + lang + "\"";
        return "<pre tabindex=\"0\"><code" + attrs + ">" + GoHtml.escape(code) + "</code></pre>";
    }

    /** Hugo's hl_lines ("1 3-4"), shifted by lineNoStart like Hugo does; bad fields are skipped. */
    static List<int[]> ranges(String hlLines, int start) {
        List<int[]> ranges = new ArrayList<>();
        if (hlLines.isBlank()) return ranges;
        for (String field : hlLines.replaceAll("[\\[\\],\"]", " ").trim().split("\\s+")) {
            if (field.isEmpty()) continue;
            String[] ends = field.split("-");
            try {
                int from = Integer.parseInt(ends[0]) + start - 1;
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) + start - 1 : from;
                ranges.add(new int[] {from, to});
            } catch (NumberFormatException e) {
                // Hugo rejects the block's options; we keep highlighting without that range.
            }
        }
        return ranges;
    }
}
