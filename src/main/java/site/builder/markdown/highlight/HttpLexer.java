package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP messages as Hugo's Chroma highlights them: a request or status line, headers (name, colon, value), then the
 * body as one generic token, or lexed by the lexer Chroma finds for the Content-Type header's media type (plain
 * text when it finds none).
 */
final class HttpLexer {
    private HttpLexer() {}

    /** The lexer Chroma 2.5 picks for a media type, for the types we have that lexer for. */
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("application/json", "json"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/xml", "xml"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("application/javascript", "javascript"),
            Map.entry("text/javascript", "javascript"),
            Map.entry("application/x-javascript", "javascript"),
            Map.entry("text/x-javascript", "javascript"),
            Map.entry("text/x-yaml", "yaml"),
            Map.entry("application/x-sh", "bash"),
            Map.entry("text/x-sh", "bash"),
            Map.entry("application/x-shellscript", "bash"),
            Map.entry("text/x-makefile", "makefile"),
            // Chroma's systemd lexer is the first to declare text/plain.
            Map.entry("text/plain", "systemd"));

    private static final String LINE_END = "(\\r?\\n|\\Z)";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("http").dotAll().filter(HttpLexer::body);
        b.state("root")
                .action(
                        "(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH|CONNECT)( +)([^ ]+)( +)(HTTP)(/)([12]\\.[01])"
                                + LINE_END,
                        "headers",
                        NAME_FUNCTION,
                        TEXT,
                        NAME_NAMESPACE,
                        TEXT,
                        KEYWORD_RESERVED,
                        OPERATOR,
                        NUMBER,
                        TEXT)
                .action(
                        "(HTTP)(/)([12]\\.[01])( +)(\\d{3})( +)([^\\r\\n]+)" + LINE_END,
                        "headers",
                        KEYWORD_RESERVED,
                        OPERATOR,
                        NUMBER,
                        TEXT,
                        NUMBER,
                        TEXT,
                        NAME_EXCEPTION,
                        TEXT);
        b.state("headers")
                .groups("([^\\s:]+)( *)(:)( *)([^\\r\\n]+)" + LINE_END, NAME, TEXT, OPERATOR, TEXT, LITERAL, TEXT)
                .groups("([\\t ]+)([^\\r\\n]+)" + LINE_END, TEXT, LITERAL, TEXT)
                .rule("\\r?\\n", TEXT, "content");
        b.state("content").rule(".+", GENERIC);
        return b.build();
    }

    /** The body token, lexed for its media type (or plain text for an unknown one). */
    private static List<Token> body(List<Token> tokens) {
        String mediaType = "";
        boolean afterContentType = false;
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.type() == NAME && t.text().toLowerCase(Locale.ROOT).equals("content-type")) {
                afterContentType = true;
            } else if (t.type() == LITERAL && afterContentType) {
                afterContentType = false;
                mediaType = t.text().strip();
                int semicolon = mediaType.indexOf(';');
                if (semicolon > 0) mediaType = mediaType.substring(0, semicolon).strip();
            } else if (t.type() == GENERIC && !mediaType.isEmpty()) {
                String language = lexerFor(mediaType);
                if (language != null) {
                    for (Token sub : Lexers.find(language).orElseThrow().tokenize(t.text())) add(out, sub);
                    continue;
                }
                t = new Token(TEXT, t.text());
            }
            add(out, t);
        }
        return out;
    }

    /** Appends, joining neighbours of one type as Chroma's coalescing does across the body's boundary. */
    private static void add(List<Token> out, Token t) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).type() == t.type()) {
            out.set(last, new Token(t.type(), out.get(last).text() + t.text()));
        } else {
            out.add(t);
        }
    }

    /** Chroma's lookup, which also tries "application/calendar+xml" as "application/xml". */
    private static String lexerFor(String mediaType) {
        String language = MEDIA_TYPES.get(mediaType);
        int plus = mediaType.lastIndexOf('+');
        if (language != null || plus < 0) return language;
        return MEDIA_TYPES.get(mediaType.substring(0, mediaType.indexOf('/') + 1) + mediaType.substring(plus + 1));
    }
}
