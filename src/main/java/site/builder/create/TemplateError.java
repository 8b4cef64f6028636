package site.builder.create;

/** A mistake in an archetype at a line: the archetype template turns it into a located error naming the file. */
final class TemplateError extends RuntimeException {
    private final int line;

    TemplateError(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
