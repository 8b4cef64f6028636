package site.common;

import java.nio.file.Path;

/**
 * An error found in the user's input, with where it is: `file:line: message`.
 * Line 0 means the whole file. Builds collect these instead of stopping at the first.
 */
public record LocatedError(Path file, int line, String message) {

    public static LocatedError of(Path file, String message) {
        return new LocatedError(file, 0, message);
    }

    @Override
    public String toString() {
        String where = file == null ? "" : file.toString();
        if (line > 0) where += ":" + line;
        return where.isEmpty() ? message : where + ": " + message;
    }
}
