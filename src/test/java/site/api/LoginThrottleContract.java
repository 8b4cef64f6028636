package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static site.api.ApiHarness.json;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import site.api.http.JdbiRateLimiter;
import site.api.http.LimitsConfig;
import site.api.http.LimitsConfig.RateState;
import site.api.http.RateLimit;
import site.api.http.RateLimiter;
import site.api.store.Database;

/**
 * Password guessing is limited per account whatever address it comes from, and per address, on every replica
 * alike: the state is in the shared database. Clients are told apart by their loopback source address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoginThrottleContract {
    static final int ACQUIRES = 2_000;
    ApiHarness api;
    LoopbackHttp loopback;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        api = new ApiHarness(
                database(), ApiHarness.defaultLimits().withRateState(RateState.DATABASE), a -> a.withHashing(1, 32));
        loopback = new LoopbackHttp(api.server().port());
    }

    @AfterAll
    void stop() {
        if (api != null) api.close();
    }

    static String login(String username, String password) {
        return json(Map.of("username", username, "password", password));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsOnEveryReplicaButTheOwnersAddress() throws Exception {
        api.userToken("target"); // logs in from 127.0.0.1, which the account now trusts
        try (ApiHarness replica = api.replica()) {
            for (int i = 2; i <= 6; i++) {
                assertEquals(
                        401,
                        loopback.send("127.0.0." + i, "POST", "/api/auth/login", login("target", "guess-" + i))
                                .status());
            }
            RawHttp.Response blocked =
                    loopback.send("127.0.0.7", "POST", "/api/auth/login", login("target", "password-target"));
            assertEquals(429, blocked.status(), blocked::toString);
            assertEquals("1", blocked.header("Retry-After"));
            RawHttp.Response onReplica = new LoopbackHttp(replica.server().port())
                    .send("127.0.0.8", "POST", "/api/auth/login", login("TARGET", "password-target"));
            assertEquals(429, onReplica.status(), onReplica::toString);
        }
        assertEquals(
                200,
                api.client()
                        .post("/api/auth/login", login("target", "password-target"), null)
                        .status(),
                "the owner's own address is not held back");
    }

    @Test
    void concurrentGuessesCannotSlipPastTheCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String source = "127.0.0." + (20 + i);
                guesses.add(() -> loopback.send(source, "POST", "/api/auth/login", login("admin", "guess-" + source))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(guesses, 30, TimeUnit.SECONDS)) statuses.add(f.get());
            assertEquals(5, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
            assertEquals(11, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void perAddressBudgetsAreSharedByReplicas() throws Exception {
        LimitsConfig threePerMinute =
                new LimitsConfig(64 * 1024, 100, 3, List.of(), List.of()).withRateState(RateState.DATABASE);
        try (ApiHarness primary = new ApiHarness(database(), threePerMinute, a -> a);
                ApiHarness replica = primary.replica()) {
            LoopbackHttp first = new LoopbackHttp(primary.server().port());
            LoopbackHttp second = new LoopbackHttp(replica.server().port());
            assertEquals(
                    401,
                    first.send("127.0.0.40", "POST", "/api/auth/login", login("nobody", "guess-1"))
                            .status());
            assertEquals(
                    401,
                    second.send("127.0.0.40", "POST", "/api/auth/login", login("nobody", "guess-2"))
                            .status());
            assertEquals(
                    401,
                    first.send("127.0.0.40", "POST", "/api/auth/login", login("nobody", "guess-3"))
                            .status());
            RawHttp.Response limited = second.send("127.0.0.40", "POST", "/api/auth/login", login("nobody", "guess-4"));
            assertEquals(429, limited.status(), limited::toString);
            assertEquals("20", limited.header("Retry-After"));
            assertEquals(
                    401,
                    second.send("127.0.0.41", "POST", "/api/auth/login", login("nobody", "guess-5"))
                            .status(),
                    "another address has its own budget");
        }
    }

    /** What a shared budget costs a write: one UPDATE, measured against the in-memory bucket it replaces. */
    @Test
    void aSharedBudgetCostsOneStatementPerWrite() {
        try (Database database = Database.open(api.database().config(), new SimpleMeterRegistry())) {
            measureAgainstMemory(new JdbiRateLimiter(database.jdbi(), "bench", 1_000_000, System::currentTimeMillis));
        }
    }

    @Test
    void aSharedBudgetDoesNotCountTimeBackwardsForRequestsThatArriveOutOfClockOrder() {
        long[] clock = {1_000_000};
        try (Database database = Database.open(api.database().config(), new SimpleMeterRegistry())) {
            RateLimit shared = new JdbiRateLimiter(database.jdbi(), "order", 6_000_000, () -> clock[0]);
            assertEquals(0, shared.acquire("127.0.0.98"));
            clock[0] += 5;
            assertEquals(0, shared.acquire("127.0.0.98"));
            clock[0] -= 2; // a request that read the clock earlier reaches the row later: 200 tokens a millisecond
            assertEquals(0, shared.acquire("127.0.0.98"), "not refused for time counted backwards");
            assertEquals(
                    1_000_005,
                    api.database()
                            .queryLong("SELECT updated_ms FROM rate_buckets WHERE bucket_key = 'order:127.0.0.98'"),
                    "the row's time never moves back");
        }
    }

    private static void measureAgainstMemory(RateLimit shared) {
        RateLimiter memory = new RateLimiter(1_000_000, System::nanoTime);
        microsPerAcquire(shared); // warm-up; the buckets exist from here on
        double sharedMicros = microsPerAcquire(shared);
        double memoryMicros = microsPerAcquire(memory);
        System.out.printf(
                "rate limit per write: database %.0f µs, memory %.1f µs (%d acquires over 50 addresses)%n",
                sharedMicros, memoryMicros, ACQUIRES);
        assertEquals(0, shared.acquire("127.0.0.99"));
        assertTrue(sharedMicros < 5_000, sharedMicros + " µs per acquire");
    }

    private static double microsPerAcquire(RateLimit limit) {
        long start = System.nanoTime();
        for (int i = 0; i < ACQUIRES; i++) assertEquals(0, limit.acquire("127.0.0." + (i % 50)));
        return (System.nanoTime() - start) / 1_000.0 / ACQUIRES;
    }
}
