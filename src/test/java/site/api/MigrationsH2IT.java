package site.api;

/** Migrations on embedded H2. */
class MigrationsH2IT extends MigrationsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
