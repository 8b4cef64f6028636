package site.api;

/** The login flood on embedded H2 in MySQL mode. */
class LoginFloodH2IT extends LoginFloodContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
