package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown as Hugo's Chroma highlights it: headings, list markers, quotes, emphasis, inline code, links and
 * fenced code (lexed with the fence's language when there is a lexer for it); all other text is handed to the
 * HTML lexer as one document and its tokens put back in place ({@link #delegate}, Chroma's DelegatingLexer).
 */
final class MarkdownLexer {
    private MarkdownLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("markdown").filter(MarkdownLexer::delegate);
        b.state("inline")
                .rule("\\\\.", TEXT)
                .groups(
                        "(\\s)(\\*|_)((?:(?!\\2).)*)(\\2)((?=\\W|\\n))",
                        TEXT,
                        GENERIC_EMPH,
                        GENERIC_EMPH,
                        GENERIC_EMPH,
                        TEXT)
                // The third group is the opening marker inside the second, so the closing one is written by neither.
                .groups("(\\s)((\\*\\*|__).*?)\\3((?=\\W|\\n))", TEXT, GENERIC_STRONG, GENERIC_STRONG, TEXT)
                .groups("(\\s)(~~[^~]+~~)((?=\\W|\\n))", TEXT, GENERIC_DELETED, TEXT)
                .rule("`[^`]+`", STRING_BACKTICK)
                .rule("[@#][\\w/:]+", NAME_ENTITY)
                .groups("(!?\\[)([^\\]]+)(\\])(\\()([^)]+)(\\))", TEXT, NAME_TAG, TEXT, TEXT, NAME_ATTRIBUTE, TEXT)
                .rule("[^\\\\\\s]+|.|\\n", OTHER);
        Lexer.Using inline = Lexer.usingSelf("inline");
        return b.state("root")
                .groups("^(#[^#].+\\n)", GENERIC_HEADING)
                .groups("^(#{2,6}.+\\n)", GENERIC_SUBHEADING)
                .action("^(\\s*)([*-] )(\\[[ xX]\\])( .+\\n)", null, TEXT, KEYWORD, KEYWORD, inline)
                .action("^(\\s*)([*-])(\\s)(.+\\n)", null, TEXT, KEYWORD, TEXT, inline)
                .action("^(\\s*)([0-9]+\\.)( .+\\n)", null, TEXT, KEYWORD, inline)
                .groups("^(\\s*>\\s)(.+\\n)", KEYWORD, GENERIC_EMPH)
                .groups("^(```\\n)([\\w\\W]*?)(^```$)", STRING, TEXT, STRING)
                .action(
                        "^(```)(\\w+)(\\n)([\\w\\W]*?)(^```$)",
                        null,
                        STRING,
                        STRING,
                        STRING,
                        new Lexer.UsingLanguageOf(2, TEXT),
                        STRING)
                .include("inline")
                .build();
    }

    /** A run of Markdown tokens that stays, at its offset in the text; {@code end} is set when "other" text follows. */
    private static final class Insertion {
        final int start;
        int end;
        final List<Token> tokens = new ArrayList<>();

        Insertion(int start) {
            this.start = start;
        }
    }

    /**
     * Chroma's DelegatingLexer: the "other" text, joined, is lexed as HTML and the Markdown tokens are inserted
     * back at their offsets, splitting an HTML token where one falls inside it. As in Chroma, a run at the very end
     * keeps end 0, which moves the running offset back; the result is still every token once.
     */
    static List<Token> delegate(List<Token> tokens) {
        StringBuilder others = new StringBuilder();
        List<Insertion> insertions = new ArrayList<>();
        Insertion insert = null;
        Token last = null;
        int offset = 0;
        for (Token t : tokens) {
            if (t.type() == OTHER) {
                if (last != null && insert != null && last.type() != OTHER) insert.end = offset;
                others.append(t.text());
            } else {
                if (last == null || last.type() == OTHER) {
                    insert = new Insertion(offset);
                    insertions.add(insert);
                }
                insert.tokens.add(t);
            }
            last = t;
            offset += t.text().length();
        }
        Lexer html = Lexers.find("html").orElseThrow();
        if (insertions.isEmpty())
            return html.tokenize(tokens.stream().map(Token::text).reduce("", String::concat));
        List<Token> rootTokens = html.tokenize(others.toString());
        List<Token> out = new ArrayList<>();
        offset = 0;
        int nextToken = 0;
        int nextInsertion = 0;
        Token t = rootTokens.isEmpty() ? null : rootTokens.get(nextToken++);
        Insertion i = insertions.get(nextInsertion++);
        while (t != null || i != null) {
            if (t == null || (i != null && i.start < offset + t.text().length())) {
                int at = i.start - offset;
                Token left = t == null || at == 0
                        ? null
                        : at == t.text().length()
                                ? t
                                : new Token(t.type(), t.text().substring(0, at));
                t = t == null || at == t.text().length()
                        ? null
                        : at == 0 ? t : new Token(t.type(), t.text().substring(at));
                if (left != null) {
                    out.add(left);
                    offset += left.text().length();
                }
                out.addAll(i.tokens);
                offset += i.end - i.start;
                if (t == null) t = nextToken < rootTokens.size() ? rootTokens.get(nextToken++) : null;
                i = nextInsertion < insertions.size() ? insertions.get(nextInsertion++) : null;
            } else {
                out.add(t);
                offset += t.text().length();
                t = nextToken < rootTokens.size() ? rootTokens.get(nextToken++) : null;
            }
        }
        return coalesce(out);
    }

    private static List<Token> coalesce(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().isEmpty()) continue;
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).type() == t.type())
                out.set(last, new Token(t.type(), out.get(last).text() + t.text()));
            else out.add(t);
        }
        return out;
    }
}
