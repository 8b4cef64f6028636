package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccountCacheTest {
    final AtomicLong nanos = new AtomicLong();
    final CountingUsers users = new CountingUsers();
    final AccountCache cache = new AccountCache(users, Duration.ofSeconds(2), nanos::get);

    @Test
    void anAccountIsReadAgainOnceTheBoundHasPassed() {
        users.put(new User(1, "ann", "h", Role.ADMIN, Instant.EPOCH, 0));
        assertEquals(Role.ADMIN, cache.current(1).orElseThrow().role());
        users.put(new User(1, "ann", "h", Role.USER, Instant.EPOCH, 0));
        nanos.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertEquals(Role.ADMIN, cache.current(1).orElseThrow().role(), "within the bound: remembered");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(Role.USER, cache.current(1).orElseThrow().role(), "at the bound: read again");
        assertEquals(2, users.reads);
    }

    @Test
    void forgettingMakesTheNextCheckReadAndAMissingAccountIsEmpty() {
        users.put(new User(2, "bo", "h", Role.USER, Instant.EPOCH, 0));
        cache.current(2);
        users.accounts.remove(2L);
        cache.forget(2);
        assertEquals(Optional.empty(), cache.current(2));
    }

    @Test
    void aBoundOfZeroReadsEveryTime() {
        AccountCache strict = new AccountCache(users, Duration.ZERO, nanos::get);
        users.put(new User(3, "cy", "h", Role.USER, Instant.EPOCH, 0));
        for (int i = 0; i < 3; i++) strict.current(3);
        assertEquals(3, users.reads);
    }

    @Test
    void theBoundIsMeasuredFromTheReadWhateverTheClocksOrigin() {
        nanos.set(Duration.ofDays(3).toNanos());
        users.put(new User(4, "dan", "h", Role.USER, Instant.EPOCH, 0));
        cache.current(4);
        nanos.addAndGet(Duration.ofMillis(1_999).toNanos());
        cache.current(4);
        assertEquals(1, users.reads);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        cache.current(4);
        assertEquals(2, users.reads);
    }

    @Test
    void freshAlwaysReadsAndRefreshesTheCache() {
        users.put(new User(5, "eve", "h", Role.USER, Instant.EPOCH, 0));
        cache.current(5);
        users.put(new User(5, "eve", "h", Role.ADMIN, Instant.EPOCH, 0));
        assertEquals(Role.ADMIN, cache.fresh(5).orElseThrow().role());
        assertEquals(Role.ADMIN, cache.current(5).orElseThrow().role(), "what fresh read is remembered");
        assertEquals(2, users.reads);
    }

    @Test
    void aFloodOfDistinctIdsEmptiesTheCacheInsteadOfGrowingIt() {
        users.put(new User(1, "ann", "h", Role.USER, Instant.EPOCH, 0));
        for (long id = 1; id <= 10_000; id++) cache.current(id);
        cache.current(1);
        assertEquals(10_000, users.reads, "10,000 accounts are remembered");
        cache.current(10_001);
        cache.current(1);
        assertEquals(10_002, users.reads, "the 10,001st emptied the cache");
    }

    /** Accounts in a map, counting reads by id. */
    static final class CountingUsers implements UserStore {
        final Map<Long, User> accounts = new HashMap<>();
        int reads;

        void put(User user) {
            accounts.put(user.id(), user);
        }

        @Override
        public Optional<User> findById(long id) {
            reads++;
            return Optional.ofNullable(accounts.get(id));
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return accounts.values().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst();
        }

        @Override
        public Optional<User> create(String username, String passwordHash, Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRole(long id, Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountChange changeRole(String username, Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountChange delete(String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revokeTokens(long id) {
            throw new UnsupportedOperationException();
        }
    }
}
