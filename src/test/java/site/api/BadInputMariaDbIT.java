package site.api;

/** The bad-input contract on the real MariaDB at 127.0.0.1:3306. */
class BadInputMariaDbIT extends BadInputContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
