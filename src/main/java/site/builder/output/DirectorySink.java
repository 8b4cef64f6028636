package site.builder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the build into a spare folder beside the destination and swaps it in only on {@link #commit},
 * so a failed build leaves the previous site untouched. The spare is the output from the build before
 * (kept as `.NAME.spare`), overwritten in place: files whose bytes did not change are not written at all,
 * the others only change their contents (as when Hugo writes into public/), instead of 16,000 files being
 * created and 16,000 others unlinked every build.
 * Without cleaning, files the previous build left that this one did not write are kept, as Hugo keeps them.
 */
public final class DirectorySink implements Publisher, AutoCloseable {
    private final Path destination;
    private final Path spare;
    private final boolean clean;
    /** Output paths written by this build, relative to the site root. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders already made: Files.createDirectories throws and catches an exception for each existing one. */
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();

    public DirectorySink(Path destination, boolean cleanDestination) {
        this.destination = destination.toAbsolutePath().normalize();
        this.spare = this.destination.resolveSibling("." + this.destination.getFileName() + ".spare");
        this.clean = cleanDestination;
        try {
            Path swap = swapFolder();
            // a build stopped halfway through its swap: the previous site is in the swap folder
            if (!Files.exists(this.destination) && Files.isDirectory(swap)) move(swap, this.destination);
            if (Files.exists(spare) && !Files.isDirectory(spare)) Files.delete(spare);
            Files.createDirectories(spare);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + spare, e);
        }
    }

    @Override
    public void publish(String path, byte[] content) {
        Path file = inSpare(path);
        try {
            makeParent(file);
            if (Files.isDirectory(file)) deleteTree(file);
            if (!sameBytes(file, content)) Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(Path source, String path) {
        Path file = inSpare(path);
        try {
            makeParent(file);
            if (Files.isDirectory(file)) deleteTree(file);
            if (!Files.isRegularFile(file) || Files.mismatch(source, file) != -1) {
                Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    /** Drops what this build did not write (keeping, without cleaning, the destination's extra files) and swaps. */
    public void commit() {
        try {
            prune(spare);
            if (!clean && Files.isDirectory(destination)) keepStaleFiles();
            if (!Files.exists(destination)) {
                move(spare, destination);
                return;
            }
            Path swap = swapFolder();
            if (Files.exists(swap)) deleteTree(swap);
            move(destination, swap);
            move(spare, destination);
            move(swap, spare);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + destination, e);
        }
    }

    /** Nothing to undo: an unfinished build only touched the spare folder, which the next build reuses. */
    @Override
    public void close() {}

    /**
     * Whether the spare already holds exactly these bytes (the common case when a site is rebuilt):
     * reading a cached file back is far cheaper than truncating and rewriting it on disk.
     */
    private static boolean sameBytes(Path file, byte[] content) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != content.length) return false;
        return Arrays.equals(Files.readAllBytes(file), content);
    }

    private Path swapFolder() {
        return destination.resolveSibling("." + destination.getFileName() + ".swap");
    }

    private void makeParent(Path file) throws IOException {
        Path dir = file.getParent();
        if (madeDirs.contains(dir)) return;
        for (Path p = dir; !p.equals(spare); p = p.getParent()) {
            if (Files.isRegularFile(p)) Files.delete(p); // a file of an earlier build where a folder goes now
        }
        Files.createDirectories(dir);
        madeDirs.add(dir);
    }

    /** The spare's file for an output path; "/x" means x below the site root, and ".." cannot leave it. */
    private Path inSpare(String path) {
        String relative = path.replaceFirst("^/+", "");
        Path file = spare.resolve(relative).normalize();
        if (!file.startsWith(spare) || file.equals(spare)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        written.add(spare.relativize(file).toString());
        return file;
    }

    /** Deletes the spare's files that this build did not write, and folders left empty. */
    /** Deletes what this build did not write, then the folders left empty (rmdir refuses the others). */
    private void prune(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!written.contains(root.relativize(file).toString())) Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) throw failed;
                if (!dir.equals(root)) {
                    try {
                        Files.delete(dir);
                    } catch (DirectoryNotEmptyException kept) {
                        // holds written files
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies the destination's files that this build did not write into the spare (which now holds only written ones). */
    private void keepStaleFiles() throws IOException {
        Files.walkFileTree(destination, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = destination.relativize(file).toString();
                Path target = spare.resolve(rel);
                // a stale path where this build wrote a folder, or under a path it wrote as a file: the build wins
                if (attrs.isRegularFile() && !written.contains(rel) && !Files.exists(target)) {
                    try {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    } catch (FileAlreadyExistsException | NotDirectoryException shadowed) {
                        // keep the build's file
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
