package site.api;

/** The hostile-input contract on the real MariaDB at 127.0.0.1:3306. */
class HostileInputMariaDbIT extends HostileInputContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
