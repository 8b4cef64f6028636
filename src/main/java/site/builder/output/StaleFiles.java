package site.builder.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * The clean-up after a commit, when an earlier build was killed or when cleaning. The temporary files and
 * staged folders a killed build left are removed. With cleanDestinationDir, files this build did not produce are removed too, and the folders that this removal
 * left empty; without it they stay, as Hugo keeps them. Dot-files and dot-folders ({@code .git/},
 * {@code .nojekyll}, the build lock) are never touched: "public is a clone of the Pages repository" works.
 */
final class StaleFiles extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Set<String> produced;
    private final boolean clean;
    /** Folders something was deleted from: only these are removed when left empty (a user's empty folder stays). */
    private final Set<Path> emptied = new HashSet<>();

    StaleFiles(Path root, Set<String> produced, boolean clean) {
        this.root = root;
        this.produced = produced;
        this.clean = clean;
    }

    void sweep() throws IOException {
        Files.walkFileTree(root, this);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.equals(root) || !hidden(dir)) return FileVisitResult.CONTINUE;
        if (dir.getFileName().toString().startsWith(DirectorySink.TEMP_PREFIX)) {
            DirectorySink.deleteTree(dir); // a new folder a killed build had staged
            emptied.add(dir.getParent());
        }
        return FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String name = file.getFileName().toString();
        boolean leftover = name.startsWith(DirectorySink.TEMP_PREFIX);
        boolean stale = clean
                && !hidden(file)
                && !produced.contains(root.relativize(file).toString());
        if (leftover || stale) {
            Files.delete(file);
            emptied.add(file.getParent());
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
        if (failed != null) throw failed;
        if (clean && !dir.equals(root) && emptied.contains(dir)) {
            try {
                Files.delete(dir);
                emptied.add(dir.getParent());
            } catch (DirectoryNotEmptyException kept) {
                // still holds output
            }
        }
        return FileVisitResult.CONTINUE;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
