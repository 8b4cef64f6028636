package site.api;

/** The post-edit contract on embedded H2 in MySQL mode. */
class PostEditsH2IT extends PostEditsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
