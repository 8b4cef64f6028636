package site.builder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the build into a fresh folder beside the destination and swaps it in only on
 * {@link #commit}, so a failed build leaves the previous site untouched. Without cleaning, files the
 * previous build left that this one did not write are kept, as Hugo keeps them.
 */
public final class DirectorySink implements Publisher, AutoCloseable {
    private final Path destination;
    private final Path staging;
    private final boolean clean;
    /** Folders already made: Files.createDirectories throws and catches an exception for each existing one. */
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private boolean committed;

    public DirectorySink(Path destination, boolean cleanDestination) {
        this.destination = destination.toAbsolutePath().normalize();
        this.clean = cleanDestination;
        try {
            Files.createDirectories(this.destination.getParent());
            this.staging = Files.createTempDirectory(this.destination.getParent(), "." + this.destination.getFileName() + ".build-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + this.destination, e);
        }
    }

    @Override
    public void publish(String path, byte[] content) {
        Path file = inStaging(path);
        try {
            makeParent(file);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(Path source, String path) {
        Path file = inStaging(path);
        try {
            makeParent(file);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source, e);
        }
    }

    private void makeParent(Path file) throws IOException {
        Path dir = file.getParent();
        if (madeDirs.contains(dir)) return;
        Files.createDirectories(dir);
        madeDirs.add(dir);
    }

    /** The staged file for an output path; "/x" means x below the site root, and ".." cannot leave it. */
    private Path inStaging(String path) {
        Path file = staging.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }

    /** Replaces the destination with the staged build. */
    public void commit() {
        try {
            if (!clean && Files.isDirectory(destination)) keepStaleFiles();
            Path old = destination.resolveSibling("." + destination.getFileName() + ".old-" + System.nanoTime());
            boolean hadOld = Files.exists(destination);
            if (hadOld) move(destination, old);
            move(staging, destination);
            if (hadOld) deleteTree(old);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + destination, e);
        }
    }

    /** Discards the staged build unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void keepStaleFiles() throws IOException {
        try (Stream<Path> old = Files.walk(destination)) {
            for (Path p : old.filter(Files::isRegularFile).toList()) {
                Path target = staging.resolve(destination.relativize(p).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
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
