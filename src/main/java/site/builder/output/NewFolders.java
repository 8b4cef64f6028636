package site.builder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The folders a build creates, each staged whole under a hidden name ({@value DirectorySink#TEMP_PREFIX}dN) in
 * the nearest folder that exists, with its files under their final names; the commit renames each into place,
 * one rename per new folder however many files it holds. A fresh build of 10,000 pages is then a handful of
 * renames instead of 16,000 moves into folders made one at a time after rendering. Before the commit nothing
 * visible changes; without one, {@link #discard} removes every staged folder.
 */
final class NewFolders {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;
    /** Final folder to its staged stand-in. Staged folders never nest: what lies below one is inside it. */
    private final Map<Path, Path> staged = new ConcurrentHashMap<>();
    /** Folders known to exist as real folders (not links): checked once per build. */
    private final Set<Path> existing = ConcurrentHashMap.newKeySet();
    /** Folders made inside the stand-ins: one mkdir per folder, not one per file written there. */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    private final AtomicLong sequence = new AtomicLong();

    NewFolders(Path root) {
        this.root = root;
        existing.add(root);
    }

    /**
     * Where {@code file} is written: its staged path when its folder is new to this build (the folder is made
     * in the stand-in), or null when its folder exists and the file goes through a temporary file beside it.
     */
    Path place(Path file) throws IOException {
        Path folder = root;
        Path dir = file.getParent();
        for (Path name : root.relativize(dir)) {
            if (name.toString().isEmpty()) break;
            folder = folder.resolve(name);
            if (existing.contains(folder)) continue;
            Path stand = staged.get(folder);
            if (stand == null && Files.isDirectory(folder, NOFOLLOW)) {
                existing.add(folder);
                continue;
            }
            if (stand == null) stand = staged.computeIfAbsent(folder, this::stage);
            Path inside = stand.resolve(folder.relativize(dir).toString());
            if (!made.contains(inside)) {
                Files.createDirectories(inside);
                made.add(inside);
            }
            return inside.resolve(file.getFileName().toString());
        }
        return null;
    }

    /** Renames every staged folder into place, replacing a file (or link) an earlier build left at its path. */
    void commit() throws IOException {
        List<Path> folders = new ArrayList<>(staged.keySet());
        folders.sort(null);
        for (Path folder : folders) {
            if (Files.exists(folder, NOFOLLOW) && !Files.isDirectory(folder, NOFOLLOW)) Files.delete(folder);
            Files.move(staged.remove(folder), folder);
            existing.add(folder);
        }
    }

    /** Removes every staged folder: a build that fails leaves the destination as it was. */
    void discard() {
        for (Path stand : staged.values()) {
            try {
                DirectorySink.deleteTree(stand);
            } catch (IOException e) {
                // left for the next build's sweep
            }
        }
        staged.clear();
        made.clear();
    }

    private Path stage(Path folder) {
        Path stand = folder.getParent().resolve(DirectorySink.TEMP_PREFIX + "d" + sequence.incrementAndGet());
        try {
            DirectorySink.deleteTree(stand); // a killed build may have left one of this name
            return Files.createDirectory(stand);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + stand, e);
        }
    }
}
