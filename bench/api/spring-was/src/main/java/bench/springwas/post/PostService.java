package bench.springwas.post;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
@Transactional(readOnly = true)
public class PostService {

    private final PostRepository posts;

    public PostService(PostRepository posts) {
        this.posts = posts;
    }

    @Transactional
    public PostResponse get(Long id) {
        posts.incrementViewCount(id);
        return PostResponse.from(find(id));
    }

    public Page<PostResponse> list(Pageable pageable) {
        return posts.findAll(pageable).map(PostResponse::from);
    }

    public Page<PostResponse> search(String keyword, Pageable pageable) {
        return posts.findByTitleContainingOrContentContaining(keyword, keyword, pageable).map(PostResponse::from);
    }

    @Transactional
    public PostResponse create(PostRequest request) {
        Post post = posts.save(new Post(request.title(), request.content(), request.author()));
        return PostResponse.from(post);
    }

    @Transactional
    public PostResponse update(Long id, PostUpdateRequest request) {
        Post post = find(id);
        post.edit(request.title(), request.content(), request.author());
        return PostResponse.from(post);
    }

    @Transactional
    public void delete(Long id) {
        posts.delete(find(id));
    }

    private Post find(Long id) {
        return posts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "post " + id + " not found"));
    }
}
