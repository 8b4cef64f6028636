package site.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work over a list on every core, the items handed out one at a time from a shared counter. A parallel stream
 * splits a list into four leaves per worker of the common pool (one worker on two cores) up front, so the last
 * leaf kept one core busy for seconds while the other waited (measured: 2 s at the end of a 10,000-post build's
 * write step); here a thread takes the next item whenever it is free, so both finish within one item of each other.
 */
public final class Parallel {
    private Parallel() {}

    /** Runs {@code action} on every item; the first exception thrown stops the handing out and is rethrown. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** {@code function} of every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        int n = items.size();
        Object[] results = new Object[n];
        int helpers = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    next.set(n);
                }
            }
        };
        List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
        for (int t = 0; t < helpers; t++) tasks.add(ForkJoinPool.commonPool().submit(work));
        work.run();
        tasks.forEach(ForkJoinTask::join);
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
