package site.api.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Accounts as they are now, remembered for at most {@code bound}: every authenticated request checks its token
 * against the account's current role and token version without a query each time, and every replica sees a
 * demotion, deletion or revocation made on another within the bound. Changes made through this replica are
 * seen at once ({@link #forget}).
 */
public final class AccountCache {
    private static final int MAX_ENTRIES = 10_000;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final UserStore users;
    private final long boundNanos;
    private final LongSupplier nanoClock;

    public AccountCache(UserStore users, Duration bound, LongSupplier nanoClock) {
        this.users = users;
        this.boundNanos = bound.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The account with {@code id}, read at most {@code bound} ago; empty when it does not exist. */
    public Optional<User> current(long id) {
        long now = nanoClock.getAsLong();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.loadedAt() < boundNanos) return entry.user();
        return load(id, now);
    }

    /** The account as the database has it this moment. */
    public Optional<User> fresh(long id) {
        return load(id, nanoClock.getAsLong());
    }

    public void forget(long id) {
        entries.remove(id);
    }

    private Optional<User> load(long id, long now) {
        Optional<User> user = users.findById(id);
        if (boundNanos > 0) {
            if (entries.size() >= MAX_ENTRIES) entries.clear(); // a flood of distinct ids must not grow the heap
            entries.put(id, new Entry(user, now));
        }
        return user;
    }

    private record Entry(Optional<User> user, long loadedAt) {}
}
