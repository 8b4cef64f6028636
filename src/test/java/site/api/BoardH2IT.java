package site.api;

/** The board contract on embedded H2 in MySQL mode. */
class BoardH2IT extends BoardContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
