package site.api.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import site.api.auth.JdbiUserStore;
import site.api.auth.Role;
import site.api.paging.PageRequest;
import site.api.paging.ResultPage;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/** The board's SQL on embedded H2, migrated as in production; the contract ITs run it on MariaDB too. */
class JdbiPostStoreH2Test {
    final Database database = Database.open(
            DatabaseConfig.h2Memory("board_" + UUID.randomUUID().toString().replace("-", "")),
            new SimpleMeterRegistry());
    final JdbiPostStore store;
    /** An account to own posts: posts.owner_id references users. */
    final long owner;

    JdbiPostStoreH2Test() {
        Migrations.run(database.dataSource());
        store = new JdbiPostStore(database.jdbi());
        owner = new JdbiUserStore(database.jdbi())
                .create("ann", "h", Role.USER)
                .orElseThrow()
                .id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    static List<Long> ids(ResultPage<Post> page) {
        return page.content().stream().map(Post::id).toList();
    }

    @Test
    void postsAreListedNewestFirstWithTheirTotalOnEveryPage() {
        Post a = store.create(new PostDraft("a", "", "x"), owner);
        Post b = store.create(new PostDraft("b", "", "x"), null);
        Post c = store.create(new PostDraft("c", "", "x"), owner);
        ResultPage<Post> first = store.list(new PageRequest(0, 2));
        assertEquals(List.of(c.id(), b.id()), ids(first));
        assertEquals(3, first.totalElements());
        assertEquals(List.of(a.id()), ids(store.list(new PageRequest(1, 2))));
        ResultPage<Post> past = store.list(new PageRequest(5, 2));
        assertEquals(List.of(), past.content());
        assertEquals(3, past.totalElements(), "past the end the total is counted apart");
        assertEquals(Optional.of(a), store.find(a.id()));
        assertEquals(Optional.empty(), store.find(c.id() + 100));
    }

    @Test
    void anEmptyBoardHasNoPostsAndATotalOfZero() {
        assertEquals(0, store.list(new PageRequest(0, 5)).totalElements());
    }

    @Test
    void viewsAreAddedInOneBatchOncePerIdOrByCount() {
        Post a = store.create(new PostDraft("a", "", "x"), null);
        Post b = store.create(new PostDraft("b", "", "x"), null);
        Post c = store.create(new PostDraft("c", "", "x"), null);
        Map<Long, Post> once = store.addViews(new TreeMap<>(Map.of(a.id(), 1, b.id(), 1, c.id(), 1)));
        assertEquals(1, once.get(c.id()).viewCount());
        Map<Long, Post> counted = store.addViews(new TreeMap<>(Map.of(a.id(), 3, c.id(), 1)));
        assertEquals(4, counted.get(a.id()).viewCount());
        assertEquals(2, counted.get(c.id()).viewCount());
        assertEquals(1, store.find(b.id()).orElseThrow().viewCount());
        assertEquals(Map.of(), store.addViews(new TreeMap<>(Map.of(c.id() + 100, 1))));
    }

    @Test
    void anUpdateSetsOnlyItsFieldsAtTheExpectedVersionAndReindexesText() {
        Post p = store.create(new PostDraft("hello world", "first body", "ann"), owner);
        assertEquals(Optional.empty(), store.update(p.id(), new PostEdit("x", null, null), 3L));
        Post edited = store.update(p.id(), new PostEdit(null, "second body", null), 0L)
                .orElseThrow();
        assertEquals("hello world", edited.title());
        assertEquals("second body", edited.content());
        assertEquals("ann", edited.author());
        assertEquals(1, edited.version());
        Post renamed = store.update(p.id(), new PostEdit("new title", null, "bob"), null)
                .orElseThrow();
        assertEquals("new title", renamed.title());
        assertEquals("bob", renamed.author());
        assertEquals(2, renamed.version());
        assertEquals(List.of(p.id()), ids(store.search("second", new PageRequest(0, 5))));
        assertEquals(List.of(), ids(store.search("first", new PageRequest(0, 5))), "the old text left the index");
        assertEquals(List.of(), ids(store.search("hello", new PageRequest(0, 5))));
        assertEquals(Optional.empty(), store.update(p.id() + 100, new PostEdit("x", null, null), null));
    }

    @Test
    void deletingHonoursTheVersionAndUpdatesTheTotal() {
        Post p = store.create(new PostDraft("a", "", "x"), null);
        store.create(new PostDraft("b", "", "x"), null);
        assertFalse(store.delete(p.id(), 4L));
        assertTrue(store.delete(p.id(), 0L));
        assertFalse(store.delete(p.id(), null));
        assertEquals(Optional.empty(), store.find(p.id()));
        assertEquals(1, store.list(new PageRequest(0, 5)).totalElements());
    }

    @Test
    void reindexRebuildsTheSearchIndexOfEveryPost() {
        for (int i = 0; i < 3; i++) store.create(new PostDraft("title " + i, "keyword body", "x"), null);
        database.jdbi().useHandle(h -> h.execute("DELETE FROM post_grams"));
        assertEquals(0, store.search("keyword", new PageRequest(0, 5)).totalElements());
        assertEquals(3, store.reindex());
        assertEquals(3, store.search("keyword", new PageRequest(0, 5)).totalElements());
    }
}
