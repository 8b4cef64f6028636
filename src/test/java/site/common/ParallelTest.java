package site.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static final List<Integer> NUMBERS =
            IntStream.range(0, 5_000).boxed().toList();

    @Test
    void mapsEveryItemOnceInTheItemsOrder() {
        AtomicInteger calls = new AtomicInteger();
        List<String> out = Parallel.map(NUMBERS, n -> {
            calls.incrementAndGet();
            return "#" + n;
        });
        assertEquals(NUMBERS.stream().map(n -> "#" + n).toList(), out);
        assertEquals(NUMBERS.size(), calls.get());
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), n -> n));
    }

    @Test
    void runsOnMoreThanOneThreadWhenThePoolHasWorkers() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(NUMBERS, n -> {
            threads.add(Thread.currentThread());
            busy();
        });
        int expected = Math.min(2, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        assertTrue(threads.size() >= expected, threads.toString());
    }

    @Test
    void rethrowsTheFirstFailureAsItWasAndStopsHandingOutItems() {
        IllegalStateException boom = new IllegalStateException("item 10");
        AtomicInteger after = new AtomicInteger();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> Parallel.forEach(NUMBERS, n -> {
                    if (n == 10) throw boom;
                    if (n > 2_000) after.incrementAndGet();
                    busy();
                }));
        assertSame(boom, thrown);
        assertTrue(after.get() < 1_000, "items kept being handed out after the failure: " + after.get());
    }

    @Test
    void nestsInsideItsOwnWork() {
        List<Integer> sums = Parallel.map(
                NUMBERS.subList(0, 50),
                n -> Parallel.map(NUMBERS.subList(0, n), m -> m).stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        assertEquals(NUMBERS.subList(0, 50).stream().map(n -> n * (n - 1) / 2).toList(), sums);
    }

    private static void busy() {
        long x = 0;
        for (int i = 0; i < 20_000; i++) x += i ^ x;
        if (x == 42) System.out.print("");
    }
}
