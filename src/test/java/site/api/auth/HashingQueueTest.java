package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;
import site.api.http.ErrorCode;

class HashingQueueTest {

    @Test
    void beyondThreadsPlusQueueRequestsAreRefusedAtOnceWithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (HashingQueue hashing = new HashingQueue(1, 2)) {
            for (int i = 0; i < 3; i++) {
                callers.submit(() -> hashing.admit(() -> hashing.run(() -> release.await(10, TimeUnit.SECONDS))));
            }
            Thread.sleep(200); // one hash running, two queued: every place taken
            long start = System.nanoTime();
            ApiException refused = null;
            try {
                hashing.admit(() -> true);
            } catch (ApiException e) {
                refused = e;
            }
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            release.countDown();
            callers.shutdown();
            assertTrue(callers.awaitTermination(5, TimeUnit.SECONDS));
            assertEquals(ErrorCode.RATE_LIMITED, refused == null ? null : refused.code());
            assertEquals(1, refused.retryAfterSeconds());
            assertTrue(waitedMs < 100, "refused after " + waitedMs + " ms");
            assertEquals(42, hashing.admit(() -> hashing.run(() -> 42)), "free again once the queue drains");
        } finally {
            callers.shutdownNow();
        }
    }
}
