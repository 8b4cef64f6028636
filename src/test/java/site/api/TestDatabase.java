package site.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import site.api.store.DatabaseConfig;
import site.testsupport.RealComponent;

/** A database of its own for one test class: H2 in memory, or a fresh database on the local MariaDB. */
public final class TestDatabase implements AutoCloseable {
    static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";
    private final DatabaseConfig config;
    private final String mariaDbName;

    private TestDatabase(DatabaseConfig config, String mariaDbName) {
        this.config = config;
        this.mariaDbName = mariaDbName;
    }

    public static TestDatabase h2() {
        return new TestDatabase(
                DatabaseConfig.h2Memory("test_" + UUID.randomUUID().toString().replace("-", "")), null);
    }

    /** Creates {@code site_test_<random>} on MariaDB at 127.0.0.1:3306 (root, no password); dropped on close. */
    public static TestDatabase mariaDb() {
        String name =
                "site_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            RealComponent.require("MariaDB at 127.0.0.1:3306", false, e.getMessage());
        }
        return new TestDatabase(new DatabaseConfig(MARIADB + name, "root", "", 10), name);
    }

    /** This MariaDB database as reached through a proxy on {@code port}; closing it leaves the database alone. */
    public TestDatabase reachedThrough(int port) {
        if (mariaDbName == null) throw new IllegalStateException("only MariaDB is reached over TCP");
        String url = config.url().replace("//127.0.0.1:3306/", "//127.0.0.1:" + port + "/");
        return new TestDatabase(new DatabaseConfig(url, config.username(), config.password(), config.poolSize()), null);
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Rows in {@code table}, read directly so tests can prove a refused request changed nothing. */
    public long count(String table) {
        return queryLong("SELECT COUNT(*) FROM " + table);
    }

    public long queryLong(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (mariaDbName == null) return;
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + mariaDbName);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url(), config.username(), config.password());
    }
}
