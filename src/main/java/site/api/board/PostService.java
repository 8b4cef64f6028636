package site.api.board;

import site.api.auth.Caller;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.IfMatch;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** The board's rules: validation, defaults, and who may change which post. */
public final class PostService implements AutoCloseable {
    private final PostStore store;
    private final ViewBatcher views;

    public PostService(PostStore store) {
        this.store = store;
        this.views = new ViewBatcher(store);
    }

    public ResultPage<Post> list(PageRequest page) {
        return store.list(page);
    }

    public Post view(long id) {
        return views.view(id).orElseThrow(() -> notFound(id));
    }

    /** The post as stored, without counting a view (HEAD is safe: it must not change what GET reads). */
    public Post peek(long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    public Post create(PostRequest request, Caller caller) {
        return store.create(PostRules.forCreate(request), caller.userId());
    }

    /**
     * Sets the fields the request carries, atomically. The precondition is checked before the body (RFC 9110
     * evaluates preconditions before the content) and again by the store's write, so a concurrent edit between
     * the two is a 412 too, never a lost update.
     */
    public Post update(long id, PostRequest request, Caller caller, IfMatch ifMatch) {
        Long version = ifMatch.requireVersion(owned(id, caller).version(), "post " + id);
        PostEdit edit = PostRules.forUpdate(request);
        return store.update(id, edit, version).orElseThrow(() -> goneOrChanged(id));
    }

    public void delete(long id, Caller caller, IfMatch ifMatch) {
        Long version = ifMatch.requireVersion(owned(id, caller).version(), "post " + id);
        if (!store.delete(id, version)) throw goneOrChanged(id);
    }

    public ResultPage<Post> search(String keyword, PageRequest page) {
        return store.search(keyword, page);
    }

    /** Writes the views still waiting; call after the server stopped taking requests. */
    @Override
    public void close() {
        views.close();
    }

    private Post owned(long id, Caller caller) {
        Post post = store.find(id).orElseThrow(() -> notFound(id));
        if (!caller.mayChange(post.ownerId())) {
            throw ApiException.of(ErrorCode.FORBIDDEN, "only the author or an admin may change post " + id);
        }
        return post;
    }

    /** A write that found no row: the post was deleted, or moved past the version If-Match required. */
    private ApiException goneOrChanged(long id) {
        return store.find(id).isPresent() ? IfMatch.changedMeanwhile("post " + id) : notFound(id);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("post " + id + " does not exist");
    }
}
