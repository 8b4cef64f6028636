package site.api;

/** The login throttle contract on the real MariaDB at 127.0.0.1:3306. */
class LoginThrottleMariaDbIT extends LoginThrottleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
