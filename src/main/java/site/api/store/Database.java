package site.api.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.util.DriverDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The connection pool and JDBI over it. Timeouts are short so a dead or hung database fails requests fast (503,
 * see docs/OPERATIONS.md "Database outages"): no request waits longer than {@link #POOL_WAIT_MILLIS} for a
 * connection, no MySQL statement longer than {@link #SOCKET_TIMEOUT_MILLIS} for its reply.
 */
public final class Database implements AutoCloseable {
    /** A request's wait for a pooled connection: a database that cannot be reached answers 503 after this. */
    public static final int POOL_WAIT_MILLIS = 1000;
    /** MySQL: the TCP connect to the server. */
    public static final int CONNECT_TIMEOUT_MILLIS = 1000;
    /**
     * MySQL: the longest wait for a statement's reply; then the connection is dropped and the request answers
     * 503. Every statement of the API takes milliseconds; migrations lift it (see {@link Migrations}).
     */
    public static final int SOCKET_TIMEOUT_MILLIS = 5000;
    /** Row-lock waits end on the server before the socket timeout, so the connection survives them. */
    public static final int LOCK_WAIT_SECONDS = 3;
    /** How often an H2 file with durable commits is compacted. */
    private static final long COMPACT_EVERY_MILLIS = 1000;

    private final HikariDataSource dataSource;
    private final ReconnectingDataSource connections;
    private final DatabaseConfig config;
    private volatile Runnable stopHousekeeping = () -> {};
    private final Jdbi jdbi;

    private Database(
            HikariDataSource dataSource, ReconnectingDataSource connections, DatabaseConfig config, boolean mySql) {
        this.dataSource = dataSource;
        this.connections = connections;
        this.config = config;
        this.jdbi = Jdbi.create(dataSource);
        if (mySql) jdbi.registerArgument(new MySqlDateTimes());
        // Jdbi's default exception message lists the bound arguments, which reach the log on a 500: a password
        // hash or edit-token hash among them would be logged. The statement alone says enough to debug.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutArguments);
    }

    private static String withoutArguments(StatementException e) {
        String sql =
                e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
        return sql == null
                ? e.getShortMessage()
                : e.getShortMessage() + " [statement: " + sql.replaceAll("\\s+", " ") + "]";
    }

    public static Database open(DatabaseConfig config, MeterRegistry registry) {
        Properties properties = config.isMySql() ? mySqlProperties() : new Properties();
        ReconnectingDataSource connections = new ReconnectingDataSource(
                new DriverDataSource(config.jdbcUrl(), null, properties, config.username(), config.password()));
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("site");
        hikari.setDataSource(connections);
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setConnectionTimeout(POOL_WAIT_MILLIS);
        hikari.setValidationTimeout(500);
        // Below MySQL's wait_timeout (8 h by default, often minutes behind proxies) so the server never closes first.
        hikari.setMaxLifetime(TimeUnit.MINUTES.toMillis(10));
        hikari.setKeepaliveTime(TimeUnit.MINUTES.toMillis(2));
        hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        HikariDataSource pool = new HikariDataSource(hikari); // fails here when the database cannot be reached
        connections.waitOutOutages();
        return new Database(pool, connections, config, config.isMySql());
    }

    /**
     * Starts what a long-running server needs besides the pool: H2 files with durable commits need compacting by
     * us (nothing else does). Call it once migrations are done; one-off commands never call it.
     */
    public void startHousekeeping() {
        startHousekeeping(COMPACT_EVERY_MILLIS);
    }

    /** As {@link #startHousekeeping()}, compacting as often as given; the compaction, or null when none is needed. */
    H2FileCompaction startHousekeeping(long compactEveryMillis) {
        if (!config.hasDurableH2Commits()) return null;
        try {
            H2FileCompaction compaction = H2FileCompaction.start(dataSource, compactEveryMillis);
            stopHousekeeping = compaction::close;
            return compaction;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the H2 store to compact it", e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection answers within a second. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connections.close();
        stopHousekeeping.run();
        dataSource.close();
    }

    private static Properties mySqlProperties() {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
        properties.setProperty("sessionVariables", "innodb_lock_wait_timeout=" + LOCK_WAIT_SECONDS);
        properties.setProperty("characterEncoding", "UTF-8");
        properties.setProperty("cachePrepStmts", "true");
        properties.setProperty("prepStmtCacheSize", "250");
        properties.setProperty("prepStmtCacheSqlLimit", "2048");
        // Client-side prepared statements: measured about a quarter less JVM CPU per request than server-side ones.
        properties.setProperty("useServerPrepStmts", "false");
        properties.setProperty("rewriteBatchedStatements", "true");
        properties.setProperty("cacheServerConfiguration", "true");
        properties.setProperty("elideSetAutoCommits", "true");
        properties.setProperty("maintainTimeStats", "false");
        return properties;
    }
}
