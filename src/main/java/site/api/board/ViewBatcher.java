package site.api.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import site.api.http.ApiException;
import site.api.http.ErrorCode;

/**
 * Counts views in batches (group commit): views that arrive while one batch is being written go into the next,
 * so under load many views share one UPDATE and one SELECT instead of a commit each. A view is answered only
 * after its batch committed, so no acknowledged view is lost, and each gets the count its own view made, as if
 * the batch's views had run one after another. An idle board writes each view at once (no timer, no delay).
 */
final class ViewBatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViewBatcher.class);
    /** Bounds one statement's size; more waiting views go into the next batch. */
    static final int MAX_BATCH = 64;

    private final PostStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    /** Queued by {@link #close}: the writer stops after the batch that holds it. */
    private static final Pending STOP = new Pending(0, null);

    ViewBatcher(PostStore store) {
        this.store = store;
        this.writer = new Thread(this::writeBatches, "site-views");
        writer.setDaemon(true);
        writer.start();
    }

    /** Adds one view to post {@code id}; the post as read after it, or empty when there is no such post. */
    Optional<Post> view(long id) {
        Pending pending = new Pending(id, new CompletableFuture<>());
        queue.add(pending);
        if (closed && queue.remove(pending)) throw shuttingDown();
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Views waiting for the next batch. */
    int waiting() {
        return (int) queue.stream().filter(pending -> pending != STOP).count();
    }

    /** Stops the writer after the views already waiting are written; later views are refused (503). */
    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending left; (left = queue.poll()) != null; ) {
            if (left != STOP) left.result().completeExceptionally(shuttingDown());
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose; STOP ends it
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) write(batch);
            batch.clear();
            if (stop) return;
        }
    }

    private void write(List<Pending> batch) {
        SortedMap<Long, Integer> views = new TreeMap<>(); // ascending ids: every writer locks rows in one order
        for (Pending pending : batch) views.merge(pending.id(), 1, Integer::sum);
        Map<Long, Post> posts;
        try {
            posts = store.addViews(views);
        } catch (RuntimeException | Error e) {
            LOG.debug("writing {} view(s) failed", batch.size(), e);
            for (Pending pending : batch) pending.result().completeExceptionally(e);
            return;
        }
        Map<Long, Integer> answered = new HashMap<>();
        for (Pending pending : batch) {
            Post post = posts.get(pending.id());
            if (post == null) {
                pending.result().complete(Optional.empty());
                continue;
            }
            // The i-th of a post's k views in this batch sees the count minus the k - i views after it.
            int i = answered.merge(pending.id(), 1, Integer::sum);
            long count = post.viewCount() - (views.get(pending.id()) - i);
            pending.result().complete(Optional.of(post.withViewCount(count)));
        }
    }

    private static ApiException shuttingDown() {
        return ApiException.of(ErrorCode.UNAVAILABLE, "the server is shutting down; try again");
    }

    private record Pending(long id, CompletableFuture<Optional<Post>> result) {}
}
