package site.api.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway over {@code db/migration}: the same scripts serve MySQL/MariaDB and H2 in MySQL mode. */
public final class Migrations {
    /** The newest script's version; a test keeps it equal to the newest file in db/migration. */
    public static final int LATEST = 5;

    private Migrations() {}

    /** Brings the schema up to date; does nothing when it already is. Returns the number of scripts applied. */
    public static int run(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(new MigrationConnections(dataSource))
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Like {@link #run} but skips Flyway (most of a second of class loading) when the history already records
     * the newest version, which is every start but the first after an upgrade. {@code site api migrate} runs
     * Flyway in full, validation included.
     */
    public static int runIfBehind(DataSource dataSource) {
        return appliedVersion(dataSource) >= LATEST ? 0 : run(dataSource);
    }

    private static int appliedVersion(DataSource dataSource) {
        String sql = "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL";
        int newest = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) newest = Math.max(newest, Integer.parseInt(rows.getString(1)));
            return newest;
        } catch (SQLException | NumberFormatException e) {
            return 0; // no history table yet (or an unfamiliar one): let Flyway decide
        }
    }
}
