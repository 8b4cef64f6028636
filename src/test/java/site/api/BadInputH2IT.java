package site.api;

/** The bad-input contract on embedded H2 in MySQL mode. */
class BadInputH2IT extends BadInputContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
