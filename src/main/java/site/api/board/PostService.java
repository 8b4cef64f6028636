package site.api.board;

import site.api.auth.Caller;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.paging.Page;
import site.api.paging.PageRequest;

/** The board's rules: validation, defaults, and who may change which post. */
public final class PostService implements AutoCloseable {
    private final PostStore store;
    private final ViewBatcher views;

    public PostService(PostStore store) {
        this.store = store;
        this.views = new ViewBatcher(store);
    }

    public Page<Post> list(PageRequest page) {
        return store.list(page);
    }

    public Post view(long id) {
        return views.view(id).orElseThrow(() -> notFound(id));
    }

    public Post create(PostRequest request, Caller caller) {
        return store.create(PostRules.forCreate(request), caller.userId());
    }

    public Post update(long id, PostRequest request, Caller caller) {
        Post current = owned(id, caller);
        return store.update(id, PostRules.forUpdate(current, request)).orElseThrow(() -> notFound(id));
    }

    public void delete(long id, Caller caller) {
        owned(id, caller);
        if (!store.delete(id)) throw notFound(id);
    }

    public Page<Post> search(String keyword, PageRequest page) {
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

    private static ApiException notFound(long id) {
        return ApiException.notFound("post " + id + " does not exist");
    }
}
