package site.builder;

import java.util.List;
import site.common.LocatedError;

/**
 * A build stopped by errors in the input; carries all of them, the step that found them, and what the
 * build had said before (notices and warnings), so the command can print them all.
 */
public final class BuildFailedException extends RuntimeException {
    private final transient List<LocatedError> errors;
    private final transient List<String> notices;
    private final transient List<LocatedError> warnings;

    public BuildFailedException(String step, List<LocatedError> errors) {
        this(step, errors, List.of(), List.of());
    }

    public BuildFailedException(
            String step, List<LocatedError> errors, List<String> notices, List<LocatedError> warnings) {
        super(step + ": " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
        this.notices = List.copyOf(notices);
        this.warnings = List.copyOf(warnings);
    }

    public List<LocatedError> errors() {
        return errors;
    }

    public List<String> notices() {
        return notices;
    }

    public List<LocatedError> warnings() {
        return warnings;
    }
}
