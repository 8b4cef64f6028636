package site.api;

/** The timestamps contract on embedded H2 in MySQL mode. */
class TimestampsH2IT extends TimestampsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
