package site.builder.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The source files one burst of saves touched; {@code overflowed} when the system dropped events (then all changed). */
record ChangeBatch(List<Path> paths, boolean overflowed) {
    boolean isEmpty() {
        return paths.isEmpty() && !overflowed;
    }

    /** Only stylesheets changed: the page can swap them in place instead of reloading. */
    boolean onlyStylesheets() {
        return !overflowed
                && !paths.isEmpty()
                && paths.stream().allMatch(p -> p.getFileName().toString().endsWith(".css"));
    }

    /** Gathers one batch; sorted and without repeats, as a file saved ten times changed once. */
    static final class Collector {
        private final Set<Path> paths = new TreeSet<>();
        private boolean overflowed;

        void add(Path path) {
            paths.add(path);
        }

        void overflowed() {
            overflowed = true;
        }

        ChangeBatch done() {
            return new ChangeBatch(List.copyOf(paths), overflowed);
        }
    }
}
