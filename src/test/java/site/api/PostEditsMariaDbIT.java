package site.api;

/** The post-edit contract on the real MariaDB at 127.0.0.1:3306. */
class PostEditsMariaDbIT extends PostEditsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
