package site.api;

/** The search contract on the real MariaDB at 127.0.0.1:3306. */
class SearchMariaDbIT extends SearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
