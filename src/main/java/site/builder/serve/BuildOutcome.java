package site.builder.serve;

import java.util.List;
import site.common.LocatedError;

/** What one preview build came to: a new site to serve, or the errors that kept the last good one serving. */
sealed interface BuildOutcome {
    long millis();

    /** A good build: the snapshot now served and what differs from the one before it. */
    record Built(Snapshot snapshot, OutputDiff diff, long millis, List<String> notices,
                 List<LocatedError> warnings) implements BuildOutcome {}

    /** A failed build: every error with its file and line, and the step that found them. */
    record Failed(String step, List<LocatedError> errors, long millis) implements BuildOutcome {}
}
