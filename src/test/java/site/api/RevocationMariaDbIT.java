package site.api;

/** The revocation contract on the real MariaDB at 127.0.0.1:3306. */
class RevocationMariaDbIT extends RevocationContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
