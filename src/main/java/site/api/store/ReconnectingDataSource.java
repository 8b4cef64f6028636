package site.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the pool gets new connections. Once {@link #waitOutOutages} is called it retries a failed connect every
 * {@value #RETRY_MILLIS} ms until it succeeds: HikariCP sleeps after each failed attempt, doubling the sleep up
 * to 5 s, so after a long outage the pool would stay empty for seconds after the database came back. Requests
 * do not wait for this: they give up after the pool's own timeout and answer 503. Before that call (the pool's
 * first connection at start) a failure fails at once, so a server never starts against a missing database.
 */
final class ReconnectingDataSource extends DelegatingDataSource {
    static final long RETRY_MILLIS = 100;
    private volatile boolean retrying;
    private volatile boolean closed;

    ReconnectingDataSource(DataSource driver) {
        super(driver);
    }

    void waitOutOutages() {
        retrying = true;
    }

    /** Ends the retrying, so closing the pool never waits for a database that does not come back. */
    void close() {
        closed = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            try {
                return delegate.getConnection();
            } catch (SQLException e) {
                if (!retrying || closed) throw e;
                pause(e);
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        while (true) {
            try {
                return delegate.getConnection(username, password);
            } catch (SQLException e) {
                if (!retrying || closed) throw e;
                pause(e);
            }
        }
    }

    private static void pause(SQLException failure) throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
