package site.cli;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * One line for an expected failure at start-up (port taken, database unknown, unreachable or refusing, data folder
 * unusable), instead of a stack trace: what went wrong and what to check.
 */
final class StartupFailure {
    private StartupFailure() {}

    static String describe(Throwable failure, String databaseUrl, String bind, int port) {
        if (failure instanceof Said said) return said.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + bind + ":" + port + ": " + t.getMessage()
                        + " (is another server using the port? set --port)";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "cannot reach the database at " + databaseUrl + ": " + t.getMessage();
            }
            if (t instanceof SQLException sql && "28000".equals(sql.getSQLState())) {
                return "the database at " + databaseUrl + " refused the account: " + sql.getMessage();
            }
            if (t instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().startsWith("No suitable driver")) {
                return "not a database URL site knows: " + databaseUrl
                        + " (use jdbc:mysql:, jdbc:mariadb: or jdbc:h2:)";
            }
        }
        return "cannot start: " + deepest(failure).getMessage();
    }

    /** A failure whose message already says it all. */
    static final class Said extends RuntimeException {
        Said(String message) {
            super(message);
        }
    }

    private static Throwable deepest(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? failure : t;
    }
}
