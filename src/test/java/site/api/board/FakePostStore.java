package site.api.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;

/** An in-memory PostStore for service tests. */
class FakePostStore implements PostStore {
    final Map<Long, Post> posts = new TreeMap<>();
    private long nextId = 1;

    @Override
    public ResultPage<Post> list(PageRequest page) {
        List<Post> all = new ArrayList<>(posts.values());
        all.sort(Comparator.comparingLong(Post::id).reversed());
        int from = (int) Math.min(all.size(), page.offset());
        return ResultPage.of(all.subList(from, Math.min(all.size(), from + page.size())), all.size(), page);
    }

    @Override
    public Optional<Post> find(long id) {
        return Optional.ofNullable(posts.get(id));
    }

    @Override
    public synchronized Map<Long, Post> addViews(SortedMap<Long, Integer> views) {
        Map<Long, Post> viewed = new TreeMap<>();
        views.forEach((id, n) -> find(id).ifPresent(p -> viewed.put(id, put(p.withViewCount(p.viewCount() + n)))));
        return viewed;
    }

    @Override
    public Post create(PostDraft draft, Long ownerId) {
        return put(new Post(
                nextId++,
                draft.title(),
                draft.content(),
                draft.author(),
                0,
                java.time.LocalDateTime.now(),
                ownerId,
                0));
    }

    @Override
    public synchronized Optional<Post> update(long id, PostEdit e, Long expectedVersion) {
        return find(id).filter(p -> expectedVersion == null || p.version() == expectedVersion)
                .map(p -> put(new Post(
                        id,
                        e.title() != null ? e.title() : p.title(),
                        e.content() != null ? e.content() : p.content(),
                        e.author() != null ? e.author() : p.author(),
                        p.viewCount(),
                        p.createdAt(),
                        p.ownerId(),
                        p.version() + 1)));
    }

    @Override
    public synchronized boolean delete(long id, Long expectedVersion) {
        Post post = posts.get(id);
        if (post == null || (expectedVersion != null && post.version() != expectedVersion)) return false;
        return posts.remove(id) != null;
    }

    @Override
    public ResultPage<Post> search(String keyword, PageRequest page) {
        throw new UnsupportedOperationException("search is tested against real databases");
    }

    @Override
    public int reindex() {
        return posts.size();
    }

    private Post put(Post post) {
        posts.put(post.id(), post);
        return post;
    }
}
