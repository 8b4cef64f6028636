package site.api.auth;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import site.api.http.ApiException;
import site.common.DaemonThreads;

/**
 * bcrypt on a few threads of its own with a short queue: logins and sign-ups take at most {@code threads} cores
 * and, through {@link #admit}, at most {@code threads + queue} request workers for their whole way (throttle,
 * lookup, hash), so a login flood cannot starve reads. Beyond that a request is refused at once (429,
 * Retry-After 1) instead of waiting.
 */
public final class HashingQueue implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Semaphore places;

    public HashingQueue(int threads, int queue) {
        this.places = new Semaphore(threads + queue);
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads + queue),
                DaemonThreads.named("bcrypt"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work}, which hashes, on the caller's thread if one of the places is free; else 429 at once. */
    public <T> T admit(Supplier<T> work) {
        if (!places.tryAcquire()) throw ApiException.rateLimited(1);
        try {
            return work.get();
        } finally {
            places.release();
        }
    }

    /** Runs {@code work} on the hashing threads and waits for it. */
    public <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw ApiException.rateLimited(1);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("interrupted while hashing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
