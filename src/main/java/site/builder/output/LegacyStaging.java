package site.builder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The folders earlier versions of site kept beside the destination ({@code .public.spare/}, a full copy of the
 * previous output, and {@code .public.swap/} during a swap). Publishing in place needs neither: a swap a kill
 * interrupted is finished, then both are removed, once, with a notice.
 */
final class LegacyStaging {
    private LegacyStaging() {}

    /** A swap stopped halfway left the destination missing and the previous site in the swap folder: put it back. */
    static void recover(Path destination, Consumer<String> notices) {
        Path swap = sibling(destination, ".swap");
        if (swap == null
                || Files.exists(destination, LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(swap, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.move(swap, destination);
            notices.accept("restored " + destination + " from " + swap
                    + ", left by an interrupted build of an earlier version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + destination + " from " + swap, e);
        }
    }

    static void remove(Path destination, Consumer<String> notices) {
        for (String suffix : new String[] {".spare", ".swap"}) {
            Path folder = sibling(destination, suffix);
            if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                DirectorySink.deleteTree(folder);
                notices.accept(
                        "removed " + folder + ": earlier versions of site staged builds there; it is no longer used");
            } catch (IOException e) {
                notices.accept(
                        "could not remove " + folder + " (no longer used; delete it by hand): " + e.getMessage());
            }
        }
    }

    private static Path sibling(Path destination, String suffix) {
        Path name = destination.getFileName();
        return name == null ? null : destination.resolveSibling("." + name + suffix);
    }
}
