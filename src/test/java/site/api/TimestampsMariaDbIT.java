package site.api;

/** The timestamps contract on the real MariaDB at 127.0.0.1:3306. */
class TimestampsMariaDbIT extends TimestampsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
