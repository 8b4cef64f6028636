package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import site.api.store.Database;
import site.api.store.Migrations;

/** Migrations build the schema on an empty database and do nothing on the next start. */
abstract class MigrationsContract {
    abstract TestDatabase database();

    /** How many migration scripts there are. */
    static int scripts() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void migrateOnEmptyDatabaseThenNothingOnRestart() {
        try (TestDatabase db = database()) {
            try (Database first = Database.open(db.config(), new SimpleMeterRegistry())) {
                assertTrue(Migrations.run(first.dataSource()) >= 2);
            }
            try (Database second = Database.open(db.config(), new SimpleMeterRegistry())) {
                assertEquals(0, Migrations.run(second.dataSource()));
                assertEquals(0, Migrations.runIfBehind(second.dataSource()));
            }
            for (String table : new String[] {"users", "posts", "post_grams", "comments"})
                assertEquals(0, db.count(table));
        }
    }

    @Test
    void runIfBehindMigratesAnEmptyDatabase() {
        try (TestDatabase db = database();
                Database database = Database.open(db.config(), new SimpleMeterRegistry())) {
            assertEquals(scripts(), Migrations.runIfBehind(database.dataSource()));
            assertEquals(0, db.count("comments"));
        }
    }

    @Test
    void boardStatsCountThePostsOfADatabaseMigratedFromVersion2() {
        try (TestDatabase db = database();
                Database database = Database.open(db.config(), new SimpleMeterRegistry())) {
            Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .target("2")
                    .load()
                    .migrate();
            for (int i = 0; i < 3; i++) {
                db.execute("INSERT INTO posts (title, content, author, view_count, created_at, updated_at)"
                        + " VALUES ('t', 'c', 'a', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            assertEquals(scripts() - 2, Migrations.run(database.dataSource()));
            assertEquals(3, db.queryLong("SELECT SUM(posts) FROM board_stats"));
            assertEquals(16, db.count("board_stats"));
        }
    }

    @Test
    void textRoundTripsKoreanAndFourByteEmoji() {
        try (TestDatabase db = database();
                Database database = Database.open(db.config(), new SimpleMeterRegistry())) {
            Migrations.run(database.dataSource());
            String text = "한국어 😀🎉 𝄞";
            String stored = database.jdbi().withHandle(h -> {
                h.createUpdate(
                                "INSERT INTO users (username, password_hash, role, created_at) VALUES (:u, 'x', 'USER', CURRENT_TIMESTAMP)")
                        .bind("u", text.substring(0, 6))
                        .execute();
                return h.createQuery("SELECT username FROM users")
                        .mapTo(String.class)
                        .one();
            });
            assertEquals(text.substring(0, 6), stored);
        }
    }
}
