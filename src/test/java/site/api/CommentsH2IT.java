package site.api;

/** The comments contract on embedded H2. */
class CommentsH2IT extends CommentsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
