package site.api;

/** The login throttle contract on embedded H2 in MySQL mode. */
class LoginThrottleH2IT extends LoginThrottleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
