package site.builder.config;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Explains Jackson's TOML errors ("Duplicate key", "Unknown token"), naming the key or table from the line. */
final class TomlSyntaxError {
    private TomlSyntaxError() {}

    static SyntaxError of(JsonProcessingException e, String text) {
        String message = SyntaxError.plain(e);
        int repeated = message.equals("Duplicate key") ? TomlKeyLines.repeatedKeyLine(text) : 0;
        int line = repeated > 0 ? repeated : SyntaxError.lineOf(e);
        String source = lineText(text, line);
        return switch (message) {
            case "Duplicate key" ->
                new SyntaxError(line, "the key " + key(source) + " is set twice in one table", "remove one of them");
            case "Table redefined" ->
                new SyntaxError(
                        line,
                        "the table " + source.strip() + " appears twice",
                        "merge the two " + source.strip() + " sections into one");
            case "Newline not permitted here" ->
                new SyntaxError(
                        line,
                        "the line ends where a value or a closing quote" + " should be",
                        "write the value, in quotes if it is text (title = \"My blog\"); a \"\"\" string may span lines");
            case "Unknown token" ->
                new SyntaxError(
                        line,
                        "a value TOML cannot read",
                        "put text in quotes (title = \"My blog\"); true, false, numbers, dates, [lists] and {tables} go bare");
            case "Premature end of file" ->
                new SyntaxError(
                        line, "the text ends inside a value", "close the [ list, { table or string that is still open");
            default -> new SyntaxError(line, message, "");
        };
    }

    /** The key at the start of a {@code key = value} line, quoted, or the whole line when there is no =. */
    private static String key(String line) {
        int eq = line.indexOf('=');
        return "\"" + (eq < 0 ? line : line.substring(0, eq)).strip().replace("\"", "") + "\"";
    }

    static String lineText(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
