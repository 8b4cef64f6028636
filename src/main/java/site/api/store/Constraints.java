package site.api.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/** Recognises unique-key violations, which stores report as "already exists" rather than as errors. */
public final class Constraints {
    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final String SQLSTATE_UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    /** Runs {@code insert}; empty when it broke a unique key (checking first would race). */
    public static <T> Optional<T> unlessDuplicate(Supplier<T> insert) {
        try {
            return Optional.of(insert.get());
        } catch (RuntimeException e) {
            if (isDuplicate(e)) return Optional.empty();
            throw e;
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == MYSQL_DUPLICATE_KEY
                            || SQLSTATE_UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
