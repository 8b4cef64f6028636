package site.common;

import java.util.ArrayList;
import java.util.List;

/** What a build has to say: notices (informational), warnings and errors, collected from all threads. */
public final class BuildLog {
    private final List<String> notices = new ArrayList<>();
    private final List<LocatedError> warnings = new ArrayList<>();
    private final List<LocatedError> errors = new ArrayList<>();

    public synchronized void notice(String message) {
        if (!notices.contains(message)) notices.add(message);
    }

    public synchronized void warn(LocatedError warning) {
        warnings.add(warning);
    }

    public synchronized void error(LocatedError error) {
        errors.add(error);
    }

    public synchronized void errors(List<LocatedError> more) {
        errors.addAll(more);
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    public synchronized List<LocatedError> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized List<LocatedError> errors() {
        return List.copyOf(errors);
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }
}
