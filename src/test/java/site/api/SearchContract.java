package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import site.api.board.JdbiPostStore;
import site.api.store.Database;

/** Search finds posts whose title or content contains the keyword, ignoring case, newest first, paged. */
abstract class SearchContract extends ContractBase {
    long spring;
    long korean;
    long emoji;
    long percent;

    @BeforeAll
    void posts() {
        spring = create(alice, Map.of("title", "Spring Boot migration", "content", "from JPA to JDBI"))
                .get("id")
                .asLong();
        korean = create(alice, Map.of("title", "서울 날씨", "content", "오늘은 맑음"))
                .get("id")
                .asLong();
        emoji = create(alice, Map.of("title", "party", "content", "let's 🎉 celebrate"))
                .get("id")
                .asLong();
        percent = create(alice, Map.of("title", "100% done", "content", "under_score"))
                .get("id")
                .asLong();
        create(alice, Map.of("title", "unrelated", "content", "nothing to see"));
    }

    List<Long> search(String keyword) {
        JsonNode page = http.get(
                        "/api/posts/search?size=100&keyword=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8))
                .json();
        Shapes.assertPageOf(Shapes.POST, page);
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(post -> ids.add(post.get("id").asLong()));
        assertEquals(ids.size(), page.get("totalElements").asLong());
        return ids;
    }

    @Test
    void findsByTitleOrContentIgnoringCase() {
        assertEquals(List.of(spring), search("spring boot"));
        assertEquals(List.of(spring), search("jdbi"));
        assertEquals(List.of(spring), search("JPA TO"));
    }

    @Test
    void findsKoreanAndEmoji() {
        assertEquals(List.of(korean), search("서울"));
        assertEquals(List.of(korean), search("맑"));
        assertEquals(List.of(emoji), search("🎉"));
        assertEquals(List.of(emoji), search("'s 🎉 c"));
    }

    @Test
    void gramsThatOnlyDifferInCaseFoldingDoNotCollide() {
        long greek = create(alice, Map.of("title", "λόγος σοφίας", "content", "ας ασ ΑΣ"))
                .get("id")
                .asLong();
        assertEquals(List.of(greek), search("ασ"));
        assertEquals(List.of(greek), search("λόγος"));
    }

    @Test
    void wildcardsAreLiteral() {
        assertEquals(List.of(percent), search("100%"));
        assertEquals(List.of(percent), search("r_s"));
        assertEquals(List.of(percent), search("%"));
        assertEquals(List.of(percent), search("_"));
        assertEquals(List.of(), search("0_"));
    }

    @Test
    void singleCharactersMatchAnywhere() {
        assertEquals(List.of(emoji, spring), search("B"));
        assertEquals(List.of(), search("q"));
    }

    @Test
    void noMatchIsAnEmptyPage() {
        assertEquals(List.of(), search("zebra"));
        assertEquals(List.of(), search("springboot"));
    }

    @Test
    void resultsArePagedNewestFirst() {
        JsonNode page = http.get("/api/posts/search?keyword=o&size=2&page=0").json();
        assertEquals(2, page.get("content").size());
        long total = page.get("totalElements").asLong();
        JsonNode last = http.get("/api/posts/search?keyword=o&size=2&page=" + ((total - 1) / 2))
                .json();
        assertEquals(true, last.get("last").asBoolean());
        assertEquals(
                true,
                page.get("content").get(0).get("id").asLong()
                        > page.get("content").get(1).get("id").asLong());
        JsonNode beyond =
                http.get("/api/posts/search?keyword=o&size=2&page=1000").json();
        assertEquals(0, beyond.get("content").size());
        assertEquals(total, beyond.get("totalElements").asLong());
    }

    @Test
    void postsImportedWithSqlAreFoundAfterReindex() {
        api.database()
                .execute(
                        "INSERT INTO posts (title, content, author, view_count, created_at, updated_at)"
                                + " VALUES ('imported from Spring', 'legacy pineapple', 'x', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertEquals(List.of(), search("pineapple"));
        try (Database database = Database.open(api.database().config(), new SimpleMeterRegistry())) {
            assertEquals(api.database().count("posts"), new JdbiPostStore(database.jdbi()).reindex());
        }
        assertEquals(1, search("pineapple").size());
        assertEquals(List.of(spring), search("spring boot"));
        assertEquals(
                api.database().count("posts"),
                http.get("/api/posts").json().get("totalElements").asLong());
    }

    @Test
    void searchFollowsEditsAndDeletes() {
        long id = create(bob, Map.of("title", "ephemeral kiwi")).get("id").asLong();
        assertEquals(List.of(id), search("kiwi"));
        http.put("/api/posts/" + id, ApiHarness.json(Map.of("title", "ephemeral mango")), bob);
        assertEquals(List.of(), search("kiwi"));
        assertEquals(List.of(id), search("mango"));
        http.delete("/api/posts/" + id, bob);
        assertEquals(List.of(), search("mango"));
    }

    @Test
    void repeatedSearchesSeeWritesMadeThroughAnotherReplica() {
        long id = create(bob, Map.of("title", "replicated papaya")).get("id").asLong();
        assertEquals(List.of(id), search("papaya"));
        try (ApiHarness replica = api.replica()) {
            Client other = replica.client();
            String token = replica.userToken("bob");
            other.put("/api/posts/" + id, ApiHarness.json(Map.of("title", "replicated guava")), token);
            assertEquals(List.of(), search("papaya"));
            assertEquals(List.of(id), search("guava"));
            long added = create(bob, Map.of("title", "second papaya")).get("id").asLong();
            assertEquals(List.of(added), search("papaya"));
            other.delete("/api/posts/" + added, token);
            assertEquals(List.of(), search("papaya"));
        }
    }

    @Test
    void repeatedSearchesReadFreshRows() {
        long id = create(bob, Map.of("title", "counted lychee")).get("id").asLong();
        JsonNode before = http.get("/api/posts/search?keyword=lychee")
                .json()
                .get("content")
                .get(0);
        http.get("/api/posts/" + id);
        http.get("/api/posts/" + id);
        JsonNode after = http.get("/api/posts/search?keyword=lychee")
                .json()
                .get("content")
                .get(0);
        assertEquals(
                before.get("viewCount").asLong() + 2, after.get("viewCount").asLong());
    }
}
