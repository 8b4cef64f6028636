package site.api.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway over {@code db/migration}: the same scripts serve MySQL/MariaDB and H2 in MySQL mode. */
public final class Migrations {
    private Migrations() {}

    /** Brings the schema up to date; does nothing when it already is. Returns the number of scripts applied. */
    public static int run(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
