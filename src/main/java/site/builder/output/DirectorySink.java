package site.builder.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Publishes into the destination folder in place, as Hugo does, without ever leaving a broken site:
 * while the build renders, a file whose bytes did not change is left alone (owner, mode and mtime kept), a
 * changed one is written to a hidden temporary file ({@value #TEMP_PREFIX}N) in its folder, and a folder the
 * build creates is staged whole under a hidden name ({@link NewFolders}); nothing visible changes. Only
 * {@link #commit} renames each temporary file and staged folder into place (atomic per file and folder), then
 * removes stale files when cleaning. A build that fails leaves the previous site; one that is killed leaves at
 * most temporary files and folders, and its marker ({@value #UNFINISHED}), so the next build sweeps them away
 * (an orderly build skips that walk of the whole destination). The folder itself is never moved or replaced, so
 * a symlinked destination, a mount point and a process holding it all keep working.
 */
public final class DirectorySink implements Publisher, AutoCloseable {
    static final String TEMP_PREFIX = ".site-tmp-";
    /** Present while a build may have temporary files in the destination; left behind only by a killed build. */
    static final String UNFINISHED = TEMP_PREFIX + "unfinished";

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;
    private final boolean clean;
    private final boolean createdRoot;
    private final BuildLock lock;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    /** Output path relative to the root, to the temporary file holding its new bytes. */
    private final Map<String, Path> pending = new ConcurrentHashMap<>();

    private final NewFolders newFolders;
    /** Whether an earlier build was killed before it finished: its temporary files must be swept. */
    private final boolean leftovers;

    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger filesWritten = new AtomicInteger();
    private final AtomicLong bytesStaged = new AtomicLong();
    private boolean committed;

    public DirectorySink(Path destination, boolean cleanDestination) {
        this(destination, cleanDestination, Duration.ofSeconds(60), notice -> {});
    }

    /** Opens {@code destination} (created when missing) and takes its build lock, waiting up to {@code lockWait}. */
    public DirectorySink(Path destination, boolean cleanDestination, Duration lockWait, Consumer<String> notices) {
        Path dest = destination.toAbsolutePath().normalize();
        this.clean = cleanDestination;
        Destination.problem(dest, List.of()).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        LegacyStaging.recover(dest, notices);
        this.createdRoot = !Files.exists(dest);
        try {
            Files.createDirectories(dest);
            this.root = dest.toRealPath(); // a symlinked destination: write into its target, keep the link
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dest, e);
        }
        this.lock = BuildLock.take(root, lockWait);
        LegacyStaging.remove(dest, notices);
        this.newFolders = new NewFolders(root);
        this.leftovers = Files.exists(root.resolve(UNFINISHED), NOFOLLOW);
        try {
            if (!leftovers) Files.createFile(root.resolve(UNFINISHED));
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("cannot write into " + root, e);
        }
    }

    @Override
    public void publish(PublishTarget target, byte[] content) {
        String rel = relative(target);
        byte[] bytes = target.finish(content);
        Path file = root.resolve(rel);
        try {
            Path fresh = newFolders.place(file);
            if (fresh == null && sameBytes(file, bytes)) {
                unchanged(rel);
                return;
            }
            Path temp = fresh != null ? fresh : newTemp(file.getParent());
            try {
                // a killed build may have left a file of this name: replace it, never write through a link
                Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, NOFOLLOW);
            } catch (IOException e) {
                deleteQuietly(temp); // a full disk: no half-written temporary file stays behind
                throw e;
            }
            if (fresh != null) created(rel, bytes.length);
            else staged(rel, file, temp, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + rel, e);
        }
    }

    @Override
    public void copy(Path source, PublishTarget target) {
        String rel = relative(target);
        Path file = root.resolve(rel);
        try {
            Path fresh = newFolders.place(file);
            if (fresh == null && sameBytes(file, source)) {
                unchanged(rel);
                return;
            }
            Path temp = fresh != null ? fresh : newTemp(file.getParent());
            long size;
            try (InputStream in = Files.newInputStream(source, NOFOLLOW)) { // a link is refused, never followed
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(temp);
                throw e;
            }
            if (fresh != null) created(rel, size);
            else staged(rel, file, temp, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    /**
     * Renames every new folder and changed file into place, then removes what a killed build left and, when
     * cleaning, stale files.
     */
    public void commit() {
        try {
            newFolders.commit();
            List<String> paths = new ArrayList<>(pending.keySet());
            paths.sort(null);
            for (String rel : paths) {
                Path file = root.resolve(rel);
                if (Files.isDirectory(file, NOFOLLOW))
                    deleteTree(file); // a folder of an earlier build where a file goes now
                move(pending.remove(rel), file);
            }
            if (clean || leftovers) new StaleFiles(root, produced, clean).sweep();
            Files.deleteIfExists(root.resolve(UNFINISHED));
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + root, e);
        }
    }

    /** Releases the lock; without a commit, deletes this build's temporary files so the destination is as it was. */
    @Override
    public void close() {
        if (!committed) {
            pending.values().forEach(DirectorySink::deleteQuietly);
            pending.clear();
            newFolders.discard();
            if (!leftovers) deleteQuietly(root.resolve(UNFINISHED)); // this build's own mess is gone
        }
        lock.close();
        if (!committed && createdRoot) {
            deleteQuietly(root.resolve(BuildLock.FILE_NAME));
            deleteQuietly(root);
        }
    }

    /** Files this build wrote (new or changed); unchanged files are not written at all. */
    public int filesWritten() {
        return filesWritten.get();
    }

    /** Bytes held in temporary files before the commit: the extra disk a rebuild needs. */
    public long bytesStaged() {
        return bytesStaged.get();
    }

    private void unchanged(String rel) {
        produced.add(rel);
        Path earlier = pending.remove(rel); // published twice: the later bytes win
        if (earlier != null) deleteQuietly(earlier);
    }

    private void staged(String rel, Path file, Path temp, long size) throws IOException {
        keepMode(file, temp);
        produced.add(rel);
        Path earlier = pending.put(rel, temp);
        if (earlier != null) deleteQuietly(earlier);
        filesWritten.incrementAndGet();
        bytesStaged.addAndGet(size);
    }

    /** A file in a folder this build creates: it is visible once its folder is renamed into place. */
    private void created(String rel, long size) {
        produced.add(rel);
        filesWritten.incrementAndGet();
        bytesStaged.addAndGet(size);
    }

    private Path newTemp(Path folder) {
        return folder.resolve(TEMP_PREFIX + sequence.incrementAndGet());
    }

    /** Whether the file already holds exactly these bytes (the common case of a rebuild): then it is not rewritten. */
    private static boolean sameBytes(Path file, byte[] content) throws IOException {
        if (!Files.isRegularFile(file, NOFOLLOW) || Files.size(file) != content.length) return false;
        return java.util.Arrays.equals(Files.readAllBytes(file), content);
    }

    private static boolean sameBytes(Path file, Path source) throws IOException {
        if (!Files.isRegularFile(file, NOFOLLOW) || !Files.isRegularFile(source, NOFOLLOW)) return false;
        return Files.size(file) == Files.size(source) && Files.mismatch(file, source) == -1;
    }

    /**
     * A rewritten file keeps the old one's permissions, and its owner and group where this process may set them
     * (a deploy may have set them; a build run as root must not hand the web server's files to root).
     */
    private static void keepMode(Path file, Path temp) {
        try {
            if (!Files.isRegularFile(file, NOFOLLOW)) return;
            PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW);
            Files.setPosixFilePermissions(temp, old.permissions());
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, NOFOLLOW);
            if (!old.owner().equals(Files.getOwner(temp, NOFOLLOW))) view.setOwner(old.owner());
            if (!old.group().equals(view.readAttributes().group())) view.setGroup(old.group());
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX attributes, or an owner this process may not give: the defaults stay
        }
    }

    /** The output path relative to the root; '..', NUL or the root itself would leave the site and are refused. */
    private String relative(PublishTarget target) {
        Path file;
        try {
            file = root.resolve(target.relativePath()).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid output path: " + target.path(), e);
        }
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site: " + target.path());
        }
        return root.relativize(file).toString();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, NOFOLLOW)) return;
        if (Files.isDirectory(root, NOFOLLOW)) {
            try (var entries = Files.list(root)) {
                for (Path p : entries.toList()) deleteTree(p);
            }
        }
        Files.delete(root);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (DirectoryNotEmptyException kept) {
            // a folder that holds someone else's files
        } catch (IOException e) {
            // a temporary file the next build removes
        }
    }
}
