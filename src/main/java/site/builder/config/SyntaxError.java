package site.builder.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A parser's complaint about a YAML, TOML or JSON document, said in the user's words: what is wrong, where
 * (a line of the document, 1-based), and how to fix it, instead of the parser's own message
 * ({@code while parsing a flow sequence in 'reader', line 2, column 7: ...}).
 *
 * @param line the document line the fix belongs on (an unclosed bracket's, not the end of the file's)
 * @param reason what is wrong
 * @param hint how to fix it, or ""
 */
record SyntaxError(int line, String reason, String hint) {

    static SyntaxError of(DataFormat format, JsonProcessingException e, String text) {
        return switch (format) {
            case YAML -> YamlSyntaxError.of(e);
            case TOML -> TomlSyntaxError.of(e, text);
            case JSON -> JsonSyntaxError.of(e, text);
        };
    }

    /** "reason; hint", or the reason alone. */
    String message() {
        return hint.isEmpty() ? reason : reason + "; " + hint;
    }

    /** The 1-based line Jackson reports, or 1. */
    static int lineOf(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    }

    /** Jackson's message without its source excerpt, on one line. */
    static String plain(JsonProcessingException e) {
        return e.getOriginalMessage().replaceAll("\\s+", " ").trim();
    }
}
