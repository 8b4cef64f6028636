package site.api.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;

class ViewBatcherTest {
    /** Holds the first batch until released, so the views that arrive meanwhile form one second batch. */
    static final class GatedStore extends FakePostStore {
        final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<SortedMap<Long, Integer>> batches = new ArrayList<>();
        RuntimeException failure;

        @Override
        public synchronized Map<Long, Post> addViews(SortedMap<Long, Integer> views) {
            batches.add(new TreeMap<>(views));
            if (batches.size() == 1) {
                firstBatchStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (failure != null) throw failure;
            return super.addViews(views);
        }
    }

    @Test
    void viewsThatWaitShareOneBatchAndEachGetsItsOwnCount() throws Exception {
        GatedStore store = new GatedStore();
        long a = store.create(new PostDraft("a", "", "x"), null).id();
        long b = store.create(new PostDraft("b", "", "x"), null).id();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try (ViewBatcher batcher = new ViewBatcher(store)) {
            Future<Optional<Post>> first = readers.submit(() -> batcher.view(a));
            assertTrue(store.firstBatchStarted.await(10, TimeUnit.SECONDS));
            List<Future<Optional<Post>>> ofA = new ArrayList<>();
            for (int i = 0; i < 5; i++) ofA.add(readers.submit(() -> batcher.view(a)));
            Future<Optional<Post>> ofB = readers.submit(() -> batcher.view(b));
            Future<Optional<Post>> missing = readers.submit(() -> batcher.view(999));
            waitUntilQueued(batcher, 7);
            store.release.countDown();

            assertEquals(1, first.get(10, TimeUnit.SECONDS).orElseThrow().viewCount());
            List<Long> counts = new ArrayList<>();
            for (Future<Optional<Post>> view : ofA)
                counts.add(view.get(10, TimeUnit.SECONDS).orElseThrow().viewCount());
            counts.sort(null);
            assertEquals(List.of(2L, 3L, 4L, 5L, 6L), counts);
            assertEquals(1, ofB.get(10, TimeUnit.SECONDS).orElseThrow().viewCount());
            assertEquals(Optional.empty(), missing.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(Map.of(a, 1), Map.of(a, 5, b, 1, 999L, 1)), store.batches);
            assertEquals(6, store.posts.get(a).viewCount());
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aFailedBatchFailsEveryViewInIt() throws Exception {
        GatedStore store = new GatedStore();
        long a = store.create(new PostDraft("a", "", "x"), null).id();
        store.failure = new IllegalStateException("database gone");
        store.release.countDown();
        try (ViewBatcher batcher = new ViewBatcher(store)) {
            assertSame(store.failure, assertThrows(IllegalStateException.class, () -> batcher.view(a)));
            assertEquals(0, store.posts.get(a).viewCount());
        }
    }

    @Test
    void closeWritesWaitingViewsThenRefusesNewOnes() throws Exception {
        GatedStore store = new GatedStore();
        long a = store.create(new PostDraft("a", "", "x"), null).id();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        ViewBatcher batcher = new ViewBatcher(store);
        try {
            Future<Optional<Post>> first = readers.submit(() -> batcher.view(a));
            assertTrue(store.firstBatchStarted.await(10, TimeUnit.SECONDS));
            Future<Optional<Post>> waiting = readers.submit(() -> batcher.view(a));
            waitUntilQueued(batcher, 1);
            Future<?> closing = readers.submit(batcher::close);
            store.release.countDown();
            closing.get(10, TimeUnit.SECONDS);
            assertEquals(1, first.get(10, TimeUnit.SECONDS).orElseThrow().viewCount());
            assertEquals(2, waiting.get(10, TimeUnit.SECONDS).orElseThrow().viewCount());
            ApiException refused = assertThrows(ApiException.class, () -> batcher.view(a));
            assertEquals(503, refused.code().status());
            assertEquals(2, store.posts.get(a).viewCount());
        } finally {
            readers.shutdownNow();
        }
    }

    private static void waitUntilQueued(ViewBatcher batcher, int views) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batcher.waiting() < views && System.nanoTime() < deadline) Thread.sleep(1);
        assertEquals(views, batcher.waiting(), "views waiting for the next batch");
    }
}
