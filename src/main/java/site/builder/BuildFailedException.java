package site.builder;

import java.util.List;
import site.common.LocatedError;

/** A build stopped by errors in the input; carries all of them and the step that found them. */
public final class BuildFailedException extends RuntimeException {
    private final transient List<LocatedError> errors;

    public BuildFailedException(String step, List<LocatedError> errors) {
        super(step + ": " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<LocatedError> errors() {
        return errors;
    }
}
