package site.builder.serve;

import java.util.List;
import java.util.Map;
import site.common.LocatedError;

/** What one preview build came to: a new site to serve, or the errors that kept the last good one serving. */
sealed interface BuildOutcome {
    long millis();

    /**
     * A good build: the snapshot now served, what differs from the one before it, the time of each step, and how
     * many page outputs the templates rendered and how many were kept unchanged from the last build.
     */
    record Built(
            Snapshot snapshot,
            OutputDiff diff,
            long millis,
            Map<String, Long> stepMillis,
            List<String> notices,
            List<LocatedError> warnings,
            int rendered,
            int kept)
            implements BuildOutcome {
        /** "content 120, markdown 300, write 80 ms": where a rebuild's time went. */
        String steps() {
            StringBuilder out = new StringBuilder();
            stepMillis.forEach((step, ms) -> out.append(out.length() == 0 ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append(ms));
            return out.append(" ms").toString();
        }
    }

    /** A failed build: every error with its file and line, and the step that found them. */
    record Failed(String step, List<LocatedError> errors, long millis) implements BuildOutcome {}
}
