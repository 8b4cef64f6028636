package site.api.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes lines (the access log and `site api`'s JSON log lines) on its own thread, many per system call, so request
 * threads never wait on stdout and lines never interleave. When the queue is full the caller writes itself: a slow
 * log consumer slows requests down rather than losing lines. {@link #close()} writes what is queued.
 */
public final class LineWriter implements Consumer<String>, AutoCloseable {
    private static final int CAPACITY = 8192;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final OutputStream out;
    private final Thread thread;
    private volatile boolean closed;
    private boolean failed;

    public LineWriter(OutputStream out) {
        this.out = out;
        this.thread = new Thread(this::run, "stdout-lines");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(String line) {
        if (closed || !queue.offer(line)) write(List.of(line));
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drainAndWrite(new ArrayList<>());
    }

    private void run() {
        List<String> batch = new ArrayList<>();
        while (!closed) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            drainAndWrite(batch);
        }
    }

    private void drainAndWrite(List<String> batch) {
        queue.drainTo(batch);
        if (!batch.isEmpty()) write(batch);
        batch.clear();
    }

    private synchronized void write(List<String> lines) {
        StringBuilder text = new StringBuilder(lines.size() * 256);
        for (String line : lines) text.append(line).append('\n');
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // stdout is gone (a closed pipe): requests must go on; say it once.
            if (!failed) System.err.println("cannot write log lines: " + e);
            failed = true;
        }
    }
}
