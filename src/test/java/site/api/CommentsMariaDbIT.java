package site.api;

/** The comments contract on the real MariaDB. */
class CommentsMariaDbIT extends CommentsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
