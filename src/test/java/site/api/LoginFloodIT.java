package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import site.api.http.LimitsConfig.RateState;

/**
 * A login flood against one account from 50 loopback addresses (127.0.0.2..51, each a distinct client to the
 * API): the guesses actually checked stay within the throttle's back-off, and reads keep their latency. The flood
 * is offered at a fixed {@value #GUESSES_PER_SECOND} guesses a second, nine times what the unthrottled API let 16
 * threads check (22/s): at a closed loop's full speed the flood's own CPU on two cores is what slows reads, as a
 * GET flood would. Bounded: at most {@value #MAX_GUESSES} guesses and {@value #FLOOD_SECONDS} s.
 */
class LoginFloodIT {
    static final int THREADS = 16;
    static final int ADDRESSES = 50;
    static final int GUESSES_PER_SECOND = 200;
    static final int MAX_GUESSES = 3_000;
    static final int FLOOD_SECONDS = 15;
    static final int IDLE_SAMPLES = 400;

    @Test
    void guessesPerAccountAreCappedAndReadsKeepTheirLatency() throws Exception {
        try (ApiHarness api = new ApiHarness(TestDatabase.h2(), ApiHarness.defaultLimits().withRateState(RateState.DATABASE),
                a -> a.withHashing(1, 2))) {
            LoopbackHttp http = new LoopbackHttp(api.server().port());
            for (int i = 0; i < 50; i++) http.send("127.0.0.1", "GET", "/api/posts", null); // warm-up
            double idleP99 = p99(readLatencies(http, new AtomicBoolean(true), IDLE_SAMPLES));

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<?>> attackers = new ArrayList<>();
            AtomicInteger sent = new AtomicInteger();
            for (int t = 0; t < THREADS; t++) attackers.add(pool.submit(() -> flood(http, sent, statuses, start)));
            long[] underFlood;
            try {
                underFlood = readLatencies(http, flooding, Integer.MAX_VALUE, attackers);
            } finally {
                flooding.set(false);
                pool.shutdown();
                assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Future<?> attacker : attackers) attacker.get();
            int checked = count(statuses, 401);
            int refused = count(statuses, 429);
            double floodP99 = p99(underFlood);
            System.out.printf("login flood: %d guesses offered at %d/s in %.1f s from %d addresses (%d threads): %d checked (%.2f/s), %d refused"
                            + " with 429, statuses %s; GET p99 idle %.2f ms, under flood %.2f ms (%d samples)%n",
                    sent.get(), GUESSES_PER_SECOND, seconds, ADDRESSES, THREADS, checked, checked / seconds, refused, statuses, idleP99, floodP99,
                    underFlood.length);
            assertEquals(sent.get(), checked + refused, "every guess was checked or refused: " + statuses);
            int allowed = 5 + (int) Math.floor(Math.log(seconds + 1) / Math.log(2));
            assertTrue(checked <= allowed, checked + " guesses checked in " + seconds + " s; the back-off allows " + allowed);
            assertTrue(floodP99 <= 2 * idleP99, "GET p99 " + floodP99 + " ms under the flood, idle " + idleP99 + " ms");
        }
    }

    private static void flood(LoopbackHttp http, AtomicInteger sent, Map<Integer, AtomicInteger> statuses, long start) {
        String body = ApiHarness.json(Map.of("username", ApiHarness.ADMIN, "password", "a-wrong-guess"));
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * THREADS / GUESSES_PER_SECOND;
        long next = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(FLOOD_SECONDS)) {
            int n = sent.incrementAndGet();
            if (n > MAX_GUESSES) {
                sent.decrementAndGet();
                return;
            }
            next += intervalNanos;
            try {
                int status = http.send("127.0.0." + (2 + n % ADDRESSES), "POST", "/api/auth/login", body).status();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            } catch (Exception e) {
                statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
            }
            long pause = next - System.nanoTime();
            if (pause > 0) LockSupport.parkNanos(pause);
        }
    }

    private static long[] readLatencies(LoopbackHttp http, AtomicBoolean going, int samples) throws Exception {
        return readLatencies(http, going, samples, List.of());
    }

    /** Sequential GETs from 127.0.0.1 while {@code going} and any of {@code until} runs, in microseconds. */
    private static long[] readLatencies(LoopbackHttp http, AtomicBoolean going, int samples, List<Future<?>> until)
            throws Exception {
        List<Long> micros = new ArrayList<>();
        while (going.get() && micros.size() < samples && (until.isEmpty() || until.stream().anyMatch(f -> !f.isDone()))) {
            long t0 = System.nanoTime();
            assertEquals(200, http.send("127.0.0.1", "GET", "/api/posts", null).status());
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        return micros.stream().mapToLong(Long::longValue).toArray();
    }

    private static double p99(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0;
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }
}
