package site.api;

/** The search contract on embedded H2 in MySQL mode. */
class SearchH2IT extends SearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
