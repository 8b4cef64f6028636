package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import site.common.GoHtml;

/** Hugo's code block highlighting: Chroma-compatible HTML, or escaped plain text for unknown languages. */
public final class Highlighter {
    private Highlighter() {}

    public static String highlight(String code, String language, HighlightOptions options) {
        return render(code, language, options, false).html();
    }

    /**
     * A code block's HTML and its text as Hugo's StripHTML reads it ({@code .Plain} strips the page's HTML): the
     * code escaped, line breaks as spaces, tags gone. Taken from the code, it spares stripping the block's HTML,
     * several times larger with inline styles. {@code text} is null when the block's tags hold text too (line
     * numbers) or could fool the stripper (a {@code "} in the language, which is written into an attribute).
     */
    public record Block(String html, String text) {}

    public static Block block(String code, String language, HighlightOptions options) {
        return render(code, language, options, true);
    }

    private static Block render(String code, String language, HighlightOptions options, boolean withText) {
        String lang = language == null ? "" : language;
        Optional<Lexer> lexer = options.noHl() ? Optional.empty() : Lexers.find(lang);
        if (lexer.isEmpty() && options.guessSyntax() && !options.noHl()) {
            // Hugo writes the guessed lexer's name; we lex the ones we have no lexer for as plain text.
            lang = SyntaxGuess.language(code);
            lexer = Lexers.find(lang).or(() -> Lexers.find("plaintext"));
        }
        boolean textKnown = withText && lang.indexOf('"') < 0;
        if (lexer.isEmpty()) return new Block(plain(code, lang), textKnown ? text(whole(code), code) : null);
        TokenList tokens;
        try {
            tokens = lexer.get().lex(code);
        } catch (StackOverflowError e) {
            // A pathological line defeated a regex; plain tokens keep the page building.
            tokens = whole(code);
        }
        ChromaHtml html = new ChromaHtml(options, ranges(options.hlLines(), options.lineNoStart()));
        String text = textKnown && options.lineNos() == HighlightOptions.LineNumbers.NONE ? text(tokens, code) : null;
        return new Block(options.hlInline() ? html.inline(tokens, lang) : html.block(tokens, lang), text);
    }

    /**
     * What the formatter writes of the tokens outside tags (all their text, escaped), newlines as spaces: written
     * once into a char array with room for the longest entity per char, which is kept per thread for the next block.
     */
    private static String text(TokenList tokens, String code) {
        int length = 0;
        boolean wholeCode = true;
        for (int i = 0; i < tokens.size(); i++) {
            length += tokens.length(i);
            wholeCode &= tokens.source(i) == code && tokens.start(i) == (i == 0 ? 0 : tokens.end(i - 1));
        }
        char[] out = TEXT_SCRATCH.get();
        if (out.length < length * 5L) {
            out = new char[Math.max(length * 5, 1 << 12)];
            if (out.length <= 1 << 20) TEXT_SCRATCH.set(out);
        }
        // The tokens are most often the code itself cut in order: then it is escaped in one go.
        if (wholeCode && length == code.length())
            return new String(out, 0, GoHtml.escapeAsText(code, 0, length, out, 0));
        int n = 0;
        for (int i = 0; i < tokens.size(); i++)
            n = GoHtml.escapeAsText(tokens.source(i), tokens.start(i), tokens.end(i), out, n);
        return new String(out, 0, n);
    }

    private static final ThreadLocal<char[]> TEXT_SCRATCH = ThreadLocal.withInitial(() -> new char[1 << 12]);

    private static TokenList whole(String code) {
        TokenList one = new TokenList();
        one.add(TokenType.TEXT, code, 0, code.length());
        return one;
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
