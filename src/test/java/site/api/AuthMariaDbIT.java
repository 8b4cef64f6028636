package site.api;

/** The auth contract on the real MariaDB at 127.0.0.1:3306. */
class AuthMariaDbIT extends AuthContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
