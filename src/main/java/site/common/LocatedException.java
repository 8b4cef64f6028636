package site.common;

import java.util.List;

/** Thrown when one or more located errors stop a step; carries all of them. */
public final class LocatedException extends RuntimeException {
    private final transient List<LocatedError> errors;

    public LocatedException(List<LocatedError> errors) {
        super(
                errors.isEmpty()
                        ? "error"
                        : errors.get(0).toString()
                                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public LocatedException(LocatedError error) {
        this(List.of(error));
    }

    public List<LocatedError> errors() {
        return errors;
    }
}
