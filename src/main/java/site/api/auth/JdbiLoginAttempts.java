package site.api.auth;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import site.api.store.Constraints;

/** The login throttle's state in the {@code login_throttle} table, changed under a row lock. */
public final class JdbiLoginAttempts implements LoginAttempts {
    private static final int INSERT_ATTEMPTS = 3;
    private final Jdbi jdbi;

    public JdbiLoginAttempts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A first attempt inserts the row outside the locking transaction (no gap locks), then takes the row lock. A
     * fresh row looks long quiet to {@link #forgetBefore}, which may delete it in between: then insert again.
     */
    @Override
    public void update(String accountKey, UnaryOperator<ThrottleState> change) {
        for (int attempt = 0; attempt < INSERT_ATTEMPTS; attempt++) {
            if (tryUpdate(accountKey, change)) return;
            Constraints.unlessDuplicate(() -> jdbi.withHandle(
                    h -> h.createUpdate("""
                            INSERT INTO login_throttle (account_key, failures, last_failure_ms, blocked_until_ms, trusted_address)
                            VALUES (:key, 0, 0, 0, NULL)""").bind("key", accountKey).execute()));
        }
        if (!tryUpdate(accountKey, change))
            throw new IllegalStateException("login_throttle row deleted " + INSERT_ATTEMPTS + " times");
    }

    @Override
    public void forgetBefore(long beforeMs) {
        jdbi.useHandle(h -> h.createUpdate(
                        "DELETE FROM login_throttle WHERE trusted_address IS NULL AND last_failure_ms < :before")
                .bind("before", beforeMs)
                .execute());
    }

    private boolean tryUpdate(String accountKey, UnaryOperator<ThrottleState> change) {
        return jdbi.inTransaction(h -> {
            Optional<ThrottleState> current = locked(h, accountKey);
            if (current.isEmpty()) return false;
            ThrottleState next = change.apply(current.get());
            if (!next.equals(current.get())) write(h, accountKey, next);
            return true;
        });
    }

    private static Optional<ThrottleState> locked(Handle h, String accountKey) {
        return h.createQuery("""
                        SELECT failures, last_failure_ms, blocked_until_ms, trusted_address
                        FROM login_throttle WHERE account_key = :key FOR UPDATE""")
                .bind("key", accountKey)
                .map((rs, ctx) -> new ThrottleState(
                        rs.getInt("failures"),
                        rs.getLong("last_failure_ms"),
                        rs.getLong("blocked_until_ms"),
                        rs.getString("trusted_address")))
                .findOne();
    }

    private static void write(Handle h, String accountKey, ThrottleState state) {
        h.createUpdate("""
                        UPDATE login_throttle SET failures = :failures, last_failure_ms = :last,
                            blocked_until_ms = :until, trusted_address = :trusted
                        WHERE account_key = :key""")
                .bind("failures", state.failures())
                .bind("last", state.lastFailureMs())
                .bind("until", state.blockedUntilMs())
                .bind("trusted", state.trustedAddress())
                .bind("key", accountKey)
                .execute();
    }
}
