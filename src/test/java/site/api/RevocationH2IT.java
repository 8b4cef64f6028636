package site.api;

/** The revocation contract on embedded H2 in MySQL mode. */
class RevocationH2IT extends RevocationContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
