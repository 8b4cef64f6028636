package site.api;

/** The login flood on the real MariaDB at 127.0.0.1:3306. */
class LoginFloodMariaDbIT extends LoginFloodContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
