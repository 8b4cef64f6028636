package site.api;

/** Migrations on the real MariaDB. */
class MigrationsMariaDbIT extends MigrationsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
