package site.builder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The lock that keeps two builds out of one destination folder (Hugo's .hugo_build.lock). It lives in the
 * destination, not the site root, because the destination is what two builds would mix: two sites (or two
 * checkouts of one) built into the same folder exclude each other too. It is a dot-file, which no build
 * removes. The operating system releases it when the process dies, so a killed build never blocks the next.
 */
final class BuildLock implements AutoCloseable {
    static final String FILE_NAME = ".site_build.lock";
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code folder}, waiting up to {@code wait} for another build to finish. */
    static BuildLock take(Path folder, Duration wait) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new BuildLock(channel, lock);
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("another build is writing into " + folder + " (it holds " + file
                            + "); waited " + wait.toMillis() / 1000.0 + " s, gave up");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot lock " + file, e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the build lock " + file, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** Null when held, by another process or (OverlappingFileLockException) by another build in this one. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
