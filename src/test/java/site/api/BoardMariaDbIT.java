package site.api;

/** The board contract on the real MariaDB at 127.0.0.1:3306. */
class BoardMariaDbIT extends BoardContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
