package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/** A failed statement's exception, which the error handler logs whole, names the statement but no bound value. */
class SecretFreeErrorsTest {
    static final String HASH = "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234";

    @Test
    void aFailedSignupInsertLogsNoPasswordHash() {
        try (Database database = Database.open(DatabaseConfig.h2Memory("secret_free"), new SimpleMeterRegistry())) {
            Migrations.run(database.dataSource());
            JdbiUserStore users = new JdbiUserStore(database.jdbi());
            RuntimeException failure =
                    assertThrows(RuntimeException.class, () -> users.create("x".repeat(31), HASH, Role.USER));
            StringWriter logged = new StringWriter();
            failure.printStackTrace(new PrintWriter(logged));
            assertFalse(logged.toString().contains(HASH), logged::toString);
            assertFalse(logged.toString().contains("abcdefghijklmnopqrstuu"), logged::toString);
            assertTrue(logged.toString().contains("INSERT INTO users"), logged::toString);
        }
    }
}
