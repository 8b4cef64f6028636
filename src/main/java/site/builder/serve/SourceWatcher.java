package site.builder.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches the site's source folders recursively (folders created later are registered as they appear, with what
 * is already in them) and the site root itself for its config files. {@link #next} hands out changes in batches:
 * a burst of saves (an editor's temporary files, a git checkout touching hundreds of files) is one batch, closed
 * once the folders have been quiet for a moment, or after a bound so that a steady stream of writes still builds.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Set<Path> recursive = ConcurrentHashMap.newKeySet();
    private final Path root;
    private final Predicate<Path> rootFileMatters;

    /** @param rootFileMatters which files directly in {@code root} are sources (the config files) */
    SourceWatcher(Path root, Predicate<Path> rootFileMatters) {
        this.root = root.toAbsolutePath().normalize();
        this.rootFileMatters = rootFileMatters;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    /** Watches these folders and everything below them; missing ones are picked up when they appear in the root. */
    void watch(Collection<Path> trees) {
        for (Path tree : trees) {
            Path abs = tree.toAbsolutePath().normalize();
            recursive.add(abs);
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) registerTree(abs, null);
        }
    }

    /**
     * Waits up to {@code wait} for a change, then collects the burst it belongs to: until {@code quiet} passes
     * without another change, at most {@code bound} in all. Empty when nothing changed (or the watcher closed).
     */
    ChangeBatch next(long waitMillis, long quietMillis, long boundMillis) throws InterruptedException {
        ChangeBatch.Collector batch = new ChangeBatch.Collector();
        try {
            WatchKey key = service.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (key == null) return batch.done();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMillis);
            while (key != null) {
                drain(key, batch);
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) break;
                key = service.poll(Math.min(quietMillis, left), TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            // closed while waiting: whatever was collected is the last batch
        }
        return batch.done();
    }

    private void drain(WatchKey key, ChangeBatch.Collector batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.overflowed();
                continue;
            }
            if (folder == null) continue;
            Path path = folder.resolve((Path) event.context());
            if (!matters(folder, path)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path, batch);
            }
            batch.add(path);
        }
        if (!key.reset()) folders.remove(key);
    }

    /** In the root only config files and the watched folders count (public/, .site/ and the like do not). */
    private boolean matters(Path folder, Path path) {
        if (EditorFiles.isScratch(path)) return false;
        if (!folder.equals(root)) return true;
        if (recursive.contains(path)) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) registerTree(path, null);
            return true;
        }
        return rootFileMatters.test(path);
    }

    /** Registers {@code tree} and its folders; files already inside join {@code batch} (created before we watched). */
    private void registerTree(Path tree, ChangeBatch.Collector batch) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.forEach(p -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) register(p);
                else if (batch != null && !EditorFiles.isScratch(p)) batch.add(p);
            });
        } catch (IOException | UncheckedIOException e) {
            // a folder removed while we walked it: its delete event follows
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException e) {
            // gone already, or not a folder any more
        }
    }

    int watchedFolders() {
        return folders.size();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only releases its inotify handle
        }
    }
}
