package site.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The pool's connections without its network timeout, for Flyway: a migration's DDL on a large table may run for
 * minutes, longer than any request statement may. The pool restores the timeout when the connection returns.
 */
final class MigrationConnections extends DelegatingDataSource {
    private static final Executor IN_CALLER = Runnable::run;

    MigrationConnections(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withoutNetworkTimeout(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withoutNetworkTimeout(delegate.getConnection(username, password));
    }

    private static Connection withoutNetworkTimeout(Connection connection) throws SQLException {
        try {
            connection.setNetworkTimeout(IN_CALLER, 0);
        } catch (SQLFeatureNotSupportedException e) {
            // H2 has no network to wait for
        }
        return connection;
    }
}
