package site.builder.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Explains Jackson's JSON errors; a comma before } or ] is reported on the comma's line. */
final class JsonSyntaxError {
    private JsonSyntaxError() {}

    static SyntaxError of(JsonProcessingException e, String text) {
        int line = SyntaxError.lineOf(e);
        String message = SyntaxError.plain(e);
        int before = previousNonSpace(text, e.getLocation());
        if (message.startsWith("Unexpected character") && before >= 0 && text.charAt(before) == ',') {
            return new SyntaxError(lineAt(text, before), "a comma after the last entry", "JSON allows none: remove it");
        }
        if (message.contains("was expecting comma to separate")) {
            int previous = before >= 0 ? lineAt(text, before) : line;
            return new SyntaxError(
                    previous, "a comma is missing after this line's entry", "separate entries with commas");
        }
        if (message.startsWith("Unrecognized token")) {
            String word = message.replaceFirst("Unrecognized token '([^']*)'.*", "$1");
            return new SyntaxError(
                    line,
                    "\"" + word + "\" is not a JSON value",
                    "put text in double quotes; the bare words are true, false and null");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            String opened = message.replaceFirst(".*line: (\\d+),.*", "$1");
            int at = opened.matches("\\d+") ? Integer.parseInt(opened) : line;
            return new SyntaxError(
                    at,
                    "a " + (message.contains("Array") ? "[ list" : "{ object") + " opened on this line is not closed",
                    "close it with " + (message.contains("Array") ? "]" : "}"));
        }
        return new SyntaxError(line, message.replaceAll(" at \\[Source: .*", ""), "");
    }

    /** The offset of the last character before the error that is not white space, or -1. */
    private static int previousNonSpace(String text, JsonLocation at) {
        if (at == null || at.getCharOffset() < 0) return -1;
        int i = (int) Math.min(at.getCharOffset(), text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
