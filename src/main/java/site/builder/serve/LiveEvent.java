package site.builder.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import site.common.LocatedError;

/**
 * One message on the live-reload stream: its event name and JSON data. "reload" (the page reloads, or moves to
 * {@code navigate}), "css" (stylesheets are swapped in place), "failed" (the error overlay) and "hello" (the
 * current build, sent to every new connection so a page that missed an event catches up).
 */
record LiveEvent(String name, String data) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** More paths than this are only counted: a config edit changes every page. */
    private static final int LISTED = 50;

    record Changes(
            long build,
            long millis,
            List<String> sources,
            int outputs,
            List<String> changed,
            List<String> added,
            List<String> removed,
            String navigate) {}

    record Problem(String file, int line, String message, String text) {}

    record Failure(long build, String step, List<Problem> errors) {}

    record Hello(long build, Failure failure) {}

    static LiveEvent built(
            String name, long build, long millis, List<String> sources, OutputDiff diff, String navigate) {
        return new LiveEvent(
                name,
                json(new Changes(
                        build,
                        millis,
                        sources,
                        diff.size(),
                        first(diff.changed()),
                        first(diff.added()),
                        first(diff.removed()),
                        navigate)));
    }

    static Failure failure(long build, String step, List<LocatedError> errors, Path root) {
        List<Problem> problems = errors.stream()
                .map(e -> new Problem(
                        relative(root, e.file()),
                        e.line(),
                        e.message(),
                        new LocatedError(
                                        e.file() == null ? null : Path.of(relative(root, e.file())),
                                        e.line(),
                                        e.message())
                                .toString()))
                .toList();
        return new Failure(build, step, problems);
    }

    static LiveEvent failed(Failure failure) {
        return new LiveEvent("failed", json(failure));
    }

    static LiveEvent hello(long build, Failure failure) {
        return new LiveEvent("hello", json(new Hello(build, failure)));
    }

    /** A path under the site's root as the user wrote it there ("content/posts/x.md"); others as they are. */
    static String relative(Path root, Path file) {
        if (file == null) return "";
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : file.toString();
    }

    private static List<String> first(List<String> paths) {
        return paths.size() <= LISTED ? paths : paths.subList(0, LISTED);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a live-reload event", e);
        }
    }
}
