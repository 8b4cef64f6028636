package site.api.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import site.api.auth.Caller;
import site.api.auth.Role;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.IfMatch;
import site.api.paging.PageRequest;

class PostServiceTest {
    final FakePostStore store = new FakePostStore();
    final PostService service = new PostService(store);
    final Caller alice = new Caller(1, "alice", Role.USER);
    final Caller bob = new Caller(2, "bob", Role.USER);
    final Caller admin = new Caller(3, "root", Role.ADMIN);

    @Test
    void createAppliesTheDefaultAuthorAndOwner() {
        Post post = service.create(new PostRequest("t", null, null), alice);
        assertEquals("익명", post.author());
        assertEquals("", post.content());
        assertEquals(1L, post.ownerId());
    }

    @Test
    void partialUpdateKeepsAbsentFields() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        Post updated = service.update(id, new PostRequest(null, "c2", null), alice, IfMatch.ABSENT);
        assertEquals("t", updated.title());
        assertEquals("c2", updated.content());
        assertEquals("a", updated.author());
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAPost() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        ApiException e = assertThrows(ApiException.class, () -> service.delete(id, bob, IfMatch.ABSENT));
        assertEquals(ErrorCode.FORBIDDEN, e.code());
        service.delete(id, admin, IfMatch.ABSENT);
        assertEquals(0, store.posts.size());
    }

    @Test
    void legacyPostsWithoutOwnerAreAdminOnly() {
        Post legacy = store.create(new PostDraft("old", "", "익명"), null);
        assertThrows(
                ApiException.class,
                () -> service.update(legacy.id(), new PostRequest("x", null, null), alice, IfMatch.ABSENT));
        assertEquals(
                "x",
                service.update(legacy.id(), new PostRequest("x", null, null), admin, IfMatch.ABSENT)
                        .title());
    }

    @Test
    void invalidUpdatesChangeNothing() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        ApiException e = assertThrows(
                ApiException.class, () -> service.update(id, new PostRequest(" ", "new", null), alice, IfMatch.ABSENT));
        assertEquals("title", e.errors().get(0).field());
        assertEquals("c", store.posts.get(id).content());
    }

    @Test
    void aStaleIfMatchIs412BeforeTheBodyIsJudged() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        ApiException e = assertThrows(
                ApiException.class,
                () -> service.update(id, new PostRequest(" ", null, null), alice, IfMatch.parse("\"9\"")));
        assertEquals(ErrorCode.PRECONDITION_FAILED, e.code());
        assertEquals("t", store.posts.get(id).title());
    }

    @Test
    void aMatchingIfMatchUpdatesAndMovesTheVersion() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        Post updated = service.update(id, new PostRequest(null, null, "b"), alice, IfMatch.parse("\"0\""));
        assertEquals(1, updated.version());
        assertEquals("b", updated.author());
        assertThrows(ApiException.class, () -> service.delete(id, alice, IfMatch.parse("\"0\"")));
        service.delete(id, alice, IfMatch.parse("\"1\""));
        assertEquals(0, store.posts.size());
    }

    @Test
    void missingPostsAreNotFoundAndReadsReturnTheStoredPost() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        assertEquals("t", service.peek(id).title());
        assertEquals(0, service.peek(id).viewCount(), "peeking counts no view");
        assertEquals("t", service.view(id).title());
        assertEquals(
                List.of(id),
                service.list(new PageRequest(0, 10)).content().stream()
                        .map(Post::id)
                        .toList());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(ApiException.class, () -> service.view(99)).code());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(ApiException.class, () -> service.peek(99)).code());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(ApiException.class, () -> service.delete(99, admin, IfMatch.ABSENT))
                        .code());
    }

    @Test
    void aWriteThatLosesTheRaceIs412WhileThePostExistsAnd404OnceItIsGone() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        PostService racing = new PostService(new FakePostStore() {
            {
                posts.putAll(store.posts);
            }

            @Override
            public synchronized java.util.Optional<Post> update(long postId, PostEdit e, Long expectedVersion) {
                return java.util.Optional.empty();
            }

            @Override
            public synchronized boolean delete(long postId, Long expectedVersion) {
                posts.clear();
                return false;
            }
        });
        assertEquals(
                ErrorCode.PRECONDITION_FAILED,
                assertThrows(
                                ApiException.class,
                                () -> racing.update(id, new PostRequest("x", null, null), alice, IfMatch.ABSENT))
                        .code());
        assertEquals(
                ErrorCode.NOT_FOUND,
                assertThrows(ApiException.class, () -> racing.delete(id, alice, IfMatch.ABSENT))
                        .code());
        racing.close();
    }

    @Test
    void afterCloseViewsAreRefusedAsTheServerStops() {
        long id = service.create(new PostRequest("t", "c", "a"), alice).id();
        service.view(id);
        service.close();
        assertEquals(
                ErrorCode.UNAVAILABLE,
                assertThrows(ApiException.class, () -> service.view(id)).code());
        assertEquals(1, store.posts.get(id).viewCount(), "the view before close was written");
    }
}
