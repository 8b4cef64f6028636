package site.api;

/** The auth contract on embedded H2 in MySQL mode. */
class AuthH2IT extends AuthContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
