package site.api;

/** The hostile-input contract on embedded H2 in MySQL mode. */
class HostileInputH2IT extends HostileInputContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
